package org.frontline.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The knowledge base through REST: writing, publishing, versions, search, suggestions, and bad input. */
@ExtendWith(ArquillianExtension.class)
class KnowledgeBaseApiIT {
    private static final Random RANDOM = new Random();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return FrontlineDeployment.war();
    }

    @ArquillianResource
    private URL base;

    private HttpApi api() {
        return new HttpApi(base);
    }

    /** A made-up word no other test or earlier run has indexed. */
    private static String uniqueWord() {
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return word.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private JsonObject write(String title, String body, String language) {
        String json = Json.createObjectBuilder()
                .add("title", title)
                .add("summary", "About " + title)
                .add("body", body)
                .add("tags", Json.createArrayBuilder().add("routers"))
                .add("product", "Router X2")
                .add("language", language)
                .add("audience", "PUBLIC")
                .add("note", "first version")
                .build()
                .toString();
        HttpApi.Reply written = api().post("api/articles", json);
        assertThat(written.status()).as(written.body()).isEqualTo(201);
        return written.json();
    }

    private JsonObject publish(long id) {
        HttpApi.Reply published = api().post("api/articles/" + id + "/publish", "{}");
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        return published.json();
    }

    private JsonObject search(String query) {
        HttpApi.Reply reply = api().get("api/articles/search?" + query);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private static List<Long> ids(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(hit -> hit.getJsonNumber("id").longValue())
                .toList();
    }

    @Test
    void aPublishedArticleIsFoundAtOnceAndADraftIsNot() {
        String word = uniqueWord();
        long id = write(
                        "Router " + word + " resets",
                        "Hold the reset button of the " + word + " for ten seconds.",
                        "en")
                .getJsonNumber("id")
                .longValue();

        assertThat(ids(search("q=" + word))).as("still a draft").isEmpty();
        assertThat(publish(id).getString("status")).isEqualTo("PUBLISHED");

        JsonObject found = search("q=" + word + "&language=en");
        assertThat(ids(found)).containsExactly(id);
        assertThat(found.getString("matching")).isEqualTo("EVERY_WORD");
        assertThat(found.getJsonArray("items")
                        .getJsonObject(0)
                        .getJsonArray("snippets")
                        .getString(0))
                .contains("<mark>" + word + "</mark>");
        assertThat(found.getJsonObject("facets")
                        .getJsonArray("product")
                        .getJsonObject(0)
                        .getString("value"))
                .isEqualTo("Router X2");
    }

    @Test
    void englishQueriesFindArticlesByTheirSynonyms() {
        String word = uniqueWord();
        long id = write("Refund for " + word + " orders", "How refunds for " + word + " work.", "en")
                .getJsonNumber("id")
                .longValue();
        publish(id);

        assertThat(ids(search("q=" + encode("money back " + word) + "&language=en")))
                .contains(id);
    }

    @Test
    void keepsEveryRevisionAndShowsWhatChanged() {
        String word = uniqueWord();
        JsonObject article = write("Firmware " + word, "Line one\nLine two\n", "en");
        long id = article.getJsonNumber("id").longValue();
        String edit = """
                {"title": "Firmware %s update", "body": "Line one\\nLine 2\\n", "language": "en",
                 "note": "clearer", "version": %d}""".formatted(word, article.getJsonNumber("version").longValue());

        HttpApi.Reply edited = api().put("api/articles/" + id, edit);
        HttpApi.Reply stale = api().put("api/articles/" + id, edit);

        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(edited.json().getInt("revision")).isEqualTo(2);
        assertThat(stale.status()).as("the second writer saw version 0").isEqualTo(409);
        JsonObject versions = api().get("api/articles/" + id + "/versions").json();
        assertThat(versions.getJsonNumber("totalItems").longValue()).isEqualTo(2);
        assertThat(versions.getJsonArray("items").getJsonObject(0).getString("note"))
                .isEqualTo("clearer");
        JsonObject diff = api().get("api/articles/" + id + "/diff?from=1&to=2").json();
        assertThat(diff.getJsonArray("changes").getJsonObject(0).getString("field"))
                .isEqualTo("title");
        assertThat(diff.getJsonArray("bodyDiff").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString)
                .contains("-Line two", "+Line 2");
    }

    @Test
    void aTranslationIsLinkedToItsOriginalAndEachLanguageComesOnce() {
        String word = uniqueWord();
        long original = write("Router lights " + word, "Green is fine.", "en")
                .getJsonNumber("id")
                .longValue();
        String french = """
                {"title": "Voyants du routeur %s", "body": "Vert, tout va bien.", "language": "fr"}""".formatted(word);

        HttpApi.Reply translated = api().post("api/articles/" + original + "/translations", french);
        HttpApi.Reply again = api().post("api/articles/" + original + "/translations", french);

        assertThat(translated.status()).as(translated.body()).isEqualTo(201);
        assertThat(api().get("api/articles/" + translated.createdId()).json().getString("title"))
                .isEqualTo("Voyants du routeur " + word);
        assertThat(translated.json().getJsonNumber("translationOf").longValue()).isEqualTo(original);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(again.json().getString("detail"))
                .isEqualTo("a version of article " + original + " with language 'fr' already exists");
        JsonObject other = api().get("api/articles/" + translated.createdId() + "/translations")
                .jsonList()
                .getFirst();
        assertThat(other.getJsonNumber("id").longValue()).isEqualTo(original);
        assertThat(other.getBoolean("original")).isTrue();
        assertThat(api().get("api/articles/" + original + "/translations").jsonList())
                .hasSize(1);
    }

    @Test
    void neverKeepsScript() {
        HttpApi.Reply html = api().post("api/articles", """
                {"title": "Safe", "bodyFormat": "HTML", "language": "en",
                 "body": "<p onclick=\\"steal()\\">Hello</p><script>steal()</script>"}""");
        HttpApi.Reply markdown = api().post("api/articles", """
                {"title": "Unsafe", "language": "en", "body": "Click [here](javascript:steal())"}""");

        assertThat(html.status()).isEqualTo(201);
        assertThat(html.json().getString("body")).isEqualTo("<p>Hello</p>");
        assertThat(markdown.status()).isEqualTo(400);
        assertThat(markdown.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("body");
    }

    @Test
    void fallsBackToEnglishAndSuggestsTitlesAsTheAgentTypes() {
        String word = uniqueWord();
        long id = write("Cable " + word + " guide", "How to plug the " + word + " cable.", "en")
                .getJsonNumber("id")
                .longValue();
        publish(id);

        JsonObject french = search("q=" + word + "&language=fr");
        HttpApi.Reply suggested = api().get("api/articles/suggest?q=" + encode("cable " + word.substring(0, 6)));

        assertThat(french.getString("fellBackTo")).isEqualTo("en");
        assertThat(ids(french)).containsExactly(id);
        assertThat(suggested.status()).isEqualTo(200);
        assertThat(suggested.jsonList())
                .extracting(s -> s.getString("title"))
                .containsExactly("Cable " + word + " guide");
    }

    @Test
    void suggestsTheArticlesThatMatchACase() {
        String word = uniqueWord();
        long article = write("Modem " + word + " blinking red", "A red " + word + " light means no line signal.", "en")
                .getJsonNumber("id")
                .longValue();
        publish(article);
        long customer = api().post("api/customers", "{\"name\": \"KB customer " + word + "\"}")
                .json()
                .getJsonNumber("id")
                .longValue();
        long caseId = api().post(
                        "api/cases",
                        "{\"customerId\": %d, \"subject\": \"%s light is red\", \"description\": \"no signal\"}"
                                .formatted(customer, word))
                .json()
                .getJsonNumber("id")
                .longValue();

        HttpApi.Reply suggestions = api().get("api/cases/" + caseId + "/article-suggestions");

        assertThat(suggestions.status()).as(suggestions.body()).isEqualTo(200);
        assertThat(suggestions.jsonList().getFirst().getJsonNumber("id").longValue())
                .isEqualTo(article);
    }

    @Test
    void badSearchesAreClientErrorsAndOddSyntaxIsJustSearched() {
        HttpApi.Reply language = api().get("api/articles/search?q=router&language=klingon");
        HttpApi.Reply huge = api().get("api/articles/search?q=" + "a".repeat(201));
        HttpApi.Reply deep = api().get("api/articles/search?q=router&page=500&size=20");
        HttpApi.Reply odd = api().get("api/articles/search?q=" + encode("\"unbalanced (( AND ~ -"));

        assertThat(language.status()).isEqualTo(400);
        assertThat(language.contentType()).startsWith("application/problem+json");
        assertThat(language.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("language");
        assertThat(huge.status()).isEqualTo(400);
        assertThat(deep.status()).isEqualTo(400);
        assertThat(odd.status()).as(odd.body()).isEqualTo(200);
    }

    private long raiseCase(String subject) {
        long customer = api().post("api/customers", "{\"name\": \"KB customer " + uniqueWord() + "\"}")
                .json()
                .getJsonNumber("id")
                .longValue();
        HttpApi.Reply raised =
                api().post("api/cases", "{\"customerId\": %d, \"subject\": \"%s\"}".formatted(customer, subject));
        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        return raised.json().getJsonNumber("id").longValue();
    }

    @Test
    void linksVotesAndViewsAddUpToTheArticlesEffectiveness() {
        String word = uniqueWord();
        long article = write("Modem " + word + " offline", "Restart the " + word + " modem.", "en")
                .getJsonNumber("id")
                .longValue();
        publish(article);
        long caseId = raiseCase("Modem " + word + " is offline");

        HttpApi.Reply linked = api().post("api/articles/" + article + "/cases", "{\"caseId\": " + caseId + "}");
        HttpApi.Reply again = api().post("api/articles/" + article + "/cases", "{\"caseId\": " + caseId + "}");
        api().post("api/articles/" + article + "/votes", "{\"helpful\": true, \"voter\": \"ana\"}");
        api().post("api/articles/" + article + "/votes", "{\"helpful\": false, \"voter\": \"ana\"}");
        api().post("api/articles/" + article + "/votes", "{\"helpful\": true}");
        long searchId = search("q=" + word).getJsonNumber("searchId").longValue();
        HttpApi.Reply viewed = api().post("api/articles/" + article + "/views", "{\"searchId\": " + searchId + "}");

        assertThat(linked.status()).as(linked.body()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(viewed.status()).as(viewed.body()).isEqualTo(204);
        assertThat(api().get("api/cases/" + caseId + "/articles").jsonList())
                .extracting(link -> link.getJsonNumber("articleId").longValue())
                .containsExactly(article);
        JsonObject effectiveness =
                api().get("api/articles/" + article + "/effectiveness").json();
        assertThat(effectiveness.getJsonNumber("views").longValue()).isEqualTo(1);
        assertThat(effectiveness.getJsonNumber("links").longValue()).isEqualTo(1);
        assertThat(effectiveness.getJsonObject("helpfulVotes").getInt("count")).isEqualTo(1);
        assertThat(effectiveness.getJsonObject("helpfulVotes").getInt("outOf")).isEqualTo(2);
        assertThat(effectiveness.getJsonNumber("undecidedCases").longValue())
                .as("the case is open")
                .isEqualTo(1);
        assertThat(api().delete("api/articles/" + article + "/cases/" + caseId).status())
                .isEqualTo(204);
        assertThat(api().delete("api/articles/" + article + "/cases/" + caseId).status())
                .isEqualTo(404);
    }

    @Test
    void badUsageIsAClientErrorNamingWhatIsWrong() {
        long article = write("Usage " + uniqueWord(), "Body.", "en")
                .getJsonNumber("id")
                .longValue();

        HttpApi.Reply unknownCase = api().post("api/articles/" + article + "/cases", "{\"caseId\": 987654321}");
        HttpApi.Reply noCase = api().post("api/articles/" + article + "/cases", "{}");
        HttpApi.Reply noAnswer = api().post("api/articles/" + article + "/votes", "{\"voter\": \"ana\"}");
        HttpApi.Reply unknownSearch = api().post("api/articles/" + article + "/views", "{\"searchId\": 987654321}");
        HttpApi.Reply unknownArticle = api().post("api/articles/987654321/votes", "{\"helpful\": true}");
        HttpApi.Reply badSince = api().get("api/articles/content-gaps?since=yesterday");

        assertThat(unknownCase.status()).isEqualTo(404);
        assertThat(unknownCase.contentType()).startsWith("application/problem+json");
        assertThat(noCase.status()).isEqualTo(400);
        assertThat(noAnswer.status()).isEqualTo(400);
        assertThat(unknownSearch.status()).isEqualTo(400);
        assertThat(unknownSearch.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("searchId");
        assertThat(unknownArticle.status()).isEqualTo(404);
        assertThat(badSince.status()).isEqualTo(400);
    }

    @Test
    void searchesThatFindNothingShowUpAsAContentGapAndOverdueArticlesAsStale() {
        // Ends in "et" so its plural stems back to it whatever the random letters are (a Snowball rule).
        String word = uniqueWord() + "et";
        String other = uniqueWord();
        Instant started = Instant.now().minusSeconds(5);
        search("q=" + encode(word + "s " + other));
        search("q=" + encode(other + " " + word));
        long overdue = api().post("api/articles", """
                        {"title": "Overdue %s", "body": "Old.", "language": "en", "reviewBy": "2020-01-01"}""".formatted(word))
                .json()
                .getJsonNumber("id")
                .longValue();
        publish(overdue);

        JsonObject gaps = api().get("api/articles/content-gaps?minSearches=2&since=" + started)
                .json();
        JsonObject firstPage = api().get("api/articles/stale?size=100").json();
        long lastPage = (firstPage.getJsonNumber("totalItems").longValue() - 1) / 100;
        JsonObject stale =
                api().get("api/articles/stale?size=100&page=" + lastPage).json();

        assertThat(gaps.getJsonArray("noResult").getValuesAs(JsonObject.class))
                .filteredOn(gap -> gap.getString("example").contains(word))
                .singleElement()
                .satisfies(gap -> assertThat(gap.getInt("searches")).isEqualTo(2));
        assertThat(stale.getJsonArray("items").getValuesAs(JsonObject.class))
                .filteredOn(a -> a.getJsonNumber("articleId").longValue() == overdue)
                .singleElement()
                .satisfies(a -> assertThat(
                                a.getJsonArray("findings").getJsonObject(0).getString("reason"))
                        .isEqualTo("PAST_REVIEW_DATE"));
    }

    @Test
    void rebuildsTheIndexInTheBackgroundAndShowsItsProgress() throws InterruptedException {
        String word = uniqueWord();
        long article = write("Rebuild " + word, "Found again after the rebuild.", "en")
                .getJsonNumber("id")
                .longValue();
        publish(article);

        HttpApi.Reply started = api().post("api/search-index/rebuilds", "");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        long id = started.json().getJsonNumber("id").longValue();
        JsonObject rebuild = started.json();
        for (int i = 0; i < 240 && rebuild.getString("state").equals("RUNNING"); i++) {
            Thread.sleep(500);
            rebuild = api().get("api/search-index/rebuilds/" + id).json();
        }

        assertThat(rebuild.getString("state")).as(rebuild.toString()).isEqualTo("DONE");
        assertThat(rebuild.getJsonNumber("indexed").longValue())
                .isPositive()
                .isEqualTo(rebuild.getJsonNumber("total").longValue());
        assertThat(ids(search("q=" + word))).containsExactly(article);
        assertThat(api().get("api/search-index/rebuilds/987654").status()).isEqualTo(404);
    }
}
