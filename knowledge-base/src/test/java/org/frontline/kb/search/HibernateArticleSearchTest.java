package org.frontline.kb.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.frontline.core.domain.shared.InvalidValueException;
import org.frontline.core.domain.shared.PageRequest;
import org.frontline.kb.KnowledgeBase;
import org.frontline.kb.domain.article.Article;
import org.frontline.kb.domain.article.ArticleContent;
import org.frontline.kb.domain.article.ArticleLanguage;
import org.frontline.kb.domain.article.Audience;
import org.frontline.kb.domain.article.BodyFormat;
import org.frontline.kb.domain.search.ArticleHit;
import org.frontline.kb.domain.search.ArticleQuery;
import org.frontline.kb.domain.search.ArticleSearchResult;
import org.frontline.kb.domain.search.FacetCount;
import org.frontline.kb.domain.search.Matching;
import org.frontline.kb.domain.search.Readers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Search over a real Lucene index of a small, multilingual knowledge base. */
class HibernateArticleSearchTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);
    private static KnowledgeBase kb;
    private static Map<String, Long> ids;

    @BeforeAll
    static void writeArticles() {
        kb = new KnowledgeBase(CLOCK);
        ids = kb.inTransaction(s -> Map.of(
                "password",
                published(
                        s,
                        en(
                                "Reset your password",
                                "portal",
                                Audience.PUBLIC,
                                "Click **Forgot password** on the sign-in page; the reset link arrives by email within"
                                        + " minutes and works for one hour.",
                                "accounts",
                                "password")),
                "refund",
                published(
                        s,
                        en(
                                "Refund for a cancelled order",
                                "shop",
                                Audience.PUBLIC,
                                "Refunds for cancelled orders reach the card within five business days.",
                                "billing",
                                "refund")),
                "router",
                published(
                        s,
                        en(
                                "Router keeps restarting",
                                "router x2",
                                Audience.PUBLIC,
                                "A router that restarts by itself usually needs the latest firmware or a new power supply."
                                        + " Check the power supply first.",
                                "hardware")),
                "vpn",
                published(
                        s,
                        en(
                                "VPN drops every few minutes",
                                "router x2",
                                Audience.INTERNAL,
                                "Escalate to L2 when the router's VPN tunnel drops; collect the router logs first.",
                                "networking",
                                "vpn")),
                "motdepasse",
                published(
                        s,
                        content(
                                "Réinitialiser votre mot de passe",
                                "portal",
                                ArticleLanguage.FR,
                                Audience.PUBLIC,
                                "Cliquez sur « Mot de passe oublié » : le lien arrive par courriel. Vos factures restent"
                                        + " disponibles.",
                                "comptes")),
                "erstattung",
                published(
                        s,
                        content(
                                "Rückerstattung für stornierte Bestellungen",
                                "shop",
                                ArticleLanguage.DE,
                                Audience.PUBLIC,
                                "Die Rückerstattung dauert fünf Werktage.",
                                "abrechnung")),
                "draft",
                s.articles()
                        .write(
                                en(
                                        "Password policy draft",
                                        "portal",
                                        Audience.INTERNAL,
                                        "Not ready: passwords will need 14 characters.",
                                        "accounts"),
                                null,
                                null,
                                "ana",
                                "first draft")
                        .id()));
    }

    @AfterAll
    static void close() {
        kb.close();
    }

    private static long published(KnowledgeBase.Services s, ArticleContent content) {
        Article article = s.articles().write(content, null, null, "ana", "first version");
        s.articles().publish(article.id(), Optional.empty());
        return article.id();
    }

    private static ArticleContent en(String title, String product, Audience audience, String body, String... tags) {
        return content(title, product, ArticleLanguage.EN, audience, body, tags);
    }

    private static ArticleContent content(
            String title, String product, ArticleLanguage language, Audience audience, String body, String... tags) {
        return new ArticleContent(title, "", body, BodyFormat.MARKDOWN, Set.of(tags), product, "", language, audience);
    }

    private static ArticleSearchResult search(String text) {
        return search(text, Optional.empty(), Readers.AGENTS);
    }

    private static ArticleSearchResult search(String text, Optional<ArticleLanguage> language, Readers readers) {
        return kb.inTransaction(s -> s.search().search(query(text, language, readers)));
    }

    private static ArticleQuery query(String text) {
        return query(text, Optional.empty(), Readers.AGENTS);
    }

    private static ArticleQuery query(String text, Optional<ArticleLanguage> language, Readers readers) {
        return new ArticleQuery(
                text, language, Set.of(), Set.of(), Set.of(), Optional.empty(), readers, new PageRequest(0, 10));
    }

    private static List<Long> found(ArticleSearchResult result) {
        return result.hits().stream().map(ArticleHit::id).toList();
    }

    @Test
    void findsWordsWhateverTheirFormThanksToStemming() {
        assertThat(found(search("refunds"))).first().isEqualTo(ids.get("refund"));
        assertThat(found(search("restarts"))).first().isEqualTo(ids.get("router"));
    }

    @Test
    void aTitleMatchRanksAboveABodyMatch() {
        assertThat(found(search("password", Optional.of(ArticleLanguage.EN), Readers.AGENTS)))
                .first()
                .isEqualTo(ids.get("password"));
    }

    @Test
    void forgivesTyposInShortQueries() {
        assertThat(found(search("pasword"))).first().isEqualTo(ids.get("password"));
        assertThat(found(search("roter restartin"))).first().isEqualTo(ids.get("router"));
    }

    @Test
    void honoursPhrasesAndExclusions() {
        assertThat(found(search("\"power supply\""))).containsExactly(ids.get("router"));
        assertThat(found(search("router -vpn"))).contains(ids.get("router")).doesNotContain(ids.get("vpn"));
    }

    @Test
    void searchesEachLanguageWithItsOwnStemmingAndFoldsAccents() {
        Optional<ArticleLanguage> french = Optional.of(ArticleLanguage.FR);

        assertThat(found(search("facture", french, Readers.AGENTS))).containsExactly(ids.get("motdepasse"));
        assertThat(found(search("reinitialiser", french, Readers.AGENTS))).containsExactly(ids.get("motdepasse"));
        assertThat(found(search("Ruckerstattung"))).containsExactly(ids.get("erstattung"));
    }

    @Test
    void fallsBackToEnglishWhenTheReadersLanguageHasNoAnswer() {
        ArticleSearchResult result = search("router", Optional.of(ArticleLanguage.DE), Readers.AGENTS);

        assertThat(result.fellBackTo()).contains(ArticleLanguage.EN);
        assertThat(found(result)).contains(ids.get("router"));
    }

    @Test
    void customersNeverSeeInternalArticlesAndNobodySeesDraftsBySearching() {
        assertThat(found(search("vpn", Optional.empty(), Readers.CUSTOMERS))).isEmpty();
        assertThat(found(search("vpn"))).containsExactly(ids.get("vpn"));
        assertThat(found(search("policy"))).doesNotContain(ids.get("draft"));
    }

    @Test
    void countsFacetsAndMarksTheMatchedWordsInSnippets() {
        ArticleSearchResult result = search("router");

        assertThat(result.matching()).as("looser matching found no more").isEqualTo(Matching.EVERY_WORD);
        assertThat(result.facets().get("product")).containsExactly(new FacetCount("router x2", 2));
        assertThat(result.facets().get("audience"))
                .containsExactlyInAnyOrder(new FacetCount("PUBLIC", 1), new FacetCount("INTERNAL", 1));
        assertThat(result.hits().getFirst().snippets())
                .anySatisfy(s -> assertThat(s).contains("<mark>"));
    }

    @Test
    void snippetsMarkTheWordATypoSearchFoundAndEscapeTheRest() {
        ArticleSearchResult typo = search("pasword");
        ArticleSearchResult phrase = search("\"power supply\"");

        assertThat(typo.hits().getFirst().snippets())
                .singleElement()
                .satisfies(s -> assertThat(s).contains("<mark>password</mark>").doesNotContain("**"));
        assertThat(phrase.hits().getFirst().snippets())
                .isNotEmpty()
                .allSatisfy(s -> assertThat(s).contains("<mark>power</mark> <mark>supply</mark>"));
    }

    @Test
    void caseSuggestionsCarryASnippetOfTheMatchingText() {
        List<ArticleHit> related = kb.inTransaction(s ->
                s.search().relatedTo("Router restarts", "it restarts every hour", Optional.empty(), Readers.AGENTS, 1));

        assertThat(related.getFirst().snippets())
                .singleElement()
                .satisfies(s -> assertThat(s).contains("<mark>restarts</mark>"));
    }

    @Test
    void anArticleWithEveryWordOnceTheTypoIsCorrectedOutranksOneWithTheCorrectlySpeltWordOnly() {
        try (KnowledgeBase own = new KnowledgeBase(CLOCK)) {
            long password = own.inTransaction(s -> published(
                    s,
                    en(
                            "Reset your password",
                            "portal",
                            Audience.PUBLIC,
                            "Click Forgot password on the sign-in page. The link arrives by email within minutes, works"
                                    + " for one hour, and can be sent again from the same page if it expired.")));
            own.inTransaction(s -> published(
                    s, en("Router resets", "router", Audience.PUBLIC, "Hold the reset button for ten seconds.")));

            ArticleSearchResult result = own.inTransaction(s -> s.search().search(query("reset pasword")));

            assertThat(found(result).getFirst()).isEqualTo(password);
            assertThat(result.didYouMean())
                    .as("few hits: the correction is offered")
                    .contains("reset password");
        }
    }

    @Test
    void aTypoQueryIsSearchedAsCorrectedAndSaysSo() {
        try (KnowledgeBase own = new KnowledgeBase(CLOCK)) {
            List<Long> resets = own.inTransaction(s -> List.of(
                    published(s, en("Reset your password", "portal", Audience.PUBLIC, "Use the reset link.")),
                    published(s, en("Password reset for admins", "portal", Audience.PUBLIC, "Admins reset it.")),
                    published(s, en("Reset a shop password", "shop", Audience.PUBLIC, "Ask for a reset email."))));
            own.inTransaction(s -> published(
                    s, en("Router resets", "router", Audience.PUBLIC, "Hold the reset button for ten seconds.")));

            ArticleSearchResult result = own.inTransaction(s -> s.search().search(query("reset pasword")));

            assertThat(result.didYouMean()).contains("reset password");
            assertThat(result.matching()).isEqualTo(Matching.EVERY_WORD);
            assertThat(found(result)).containsExactlyInAnyOrderElementsOf(resets);
        }
    }

    @Test
    void aLooseQueryAnswersWithItsBestHundredArticlesWhichTheTotalFacetsAndPagesAreAbout() {
        try (KnowledgeBase own = new KnowledgeBase(CLOCK)) {
            long both = own.inTransaction(s -> {
                for (int i = 0; i < 120; i++) {
                    published(
                            s,
                            en(
                                    "Printer tray " + i,
                                    i % 3 == 0 ? "office" : "home",
                                    Audience.PUBLIC,
                                    "Paper jams in tray " + i + "."));
                }
                return published(s, en("Printer refunds", "shop", Audience.PUBLIC, "Refunds for broken printers."));
            });

            ArticleSearchResult firstPage = own.inTransaction(s -> s.search().search(query("printer refund")));
            ArticleSearchResult lastPage = own.inTransaction(s -> s.search()
                    .search(new ArticleQuery(
                            "printer refund",
                            Optional.empty(),
                            Set.of(),
                            Set.of(),
                            Set.of(),
                            Optional.empty(),
                            Readers.AGENTS,
                            new PageRequest(9, 10))));

            assertThat(firstPage.matching()).isEqualTo(Matching.SOME_WORDS);
            assertThat(firstPage.total()).isEqualTo(ArticleSearchResult.BEST_OF);
            assertThat(found(firstPage).getFirst())
                    .as("the article with every word first")
                    .isEqualTo(both);
            assertThat(firstPage.facets().get("product").stream()
                            .mapToLong(FacetCount::count)
                            .sum())
                    .isEqualTo(ArticleSearchResult.BEST_OF);
            assertThat(found(lastPage)).hasSize(10).doesNotContainAnyElementsOf(found(firstPage));
        }
    }

    @Test
    void suggestsACorrectedQueryWhenFewArticlesMatch() {
        ArticleSearchResult result = search("firmwear");

        assertThat(result.didYouMean()).contains("firmware");
    }

    @Test
    void suggestsTitlesAsTheAgentTypes() {
        List<String> titles =
                kb.inTransaction(s -> s.search().suggest("reset pass", Optional.empty(), Readers.AGENTS, 5).stream()
                        .map(t -> t.title())
                        .toList());

        assertThat(titles).containsExactly("Reset your password");
    }

    @Test
    void relatesACaseToTheArticlesAboutItsProblem() {
        List<ArticleHit> related = kb.inTransaction(s -> s.search()
                .relatedTo(
                        "Cannot sign in",
                        "I forgot my password and the reset email never came",
                        Optional.of(ArticleLanguage.EN),
                        Readers.AGENTS,
                        3));

        assertThat(related).first().extracting(ArticleHit::id).isEqualTo(ids.get("password"));
    }

    @Test
    void oddSyntaxIsSearchedLeniently() {
        assertThat(search("\"unbalanced quote").total()).isZero();
        assertThat(search("AND OR (( ~ * -").total()).isGreaterThanOrEqualTo(0);
        assertThat(found(search("  "))).hasSize(6);
    }

    @Test
    void refusesQueriesAndPagesThatWouldRunLong() {
        assertThatThrownBy(() -> search("x".repeat(201)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("at most 200");
        assertThatThrownBy(() -> new ArticleQuery(
                        "router",
                        Optional.empty(),
                        Set.of(),
                        Set.of(),
                        Set.of(),
                        Optional.empty(),
                        Readers.AGENTS,
                        new PageRequest(40, 25)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("refine the query");
    }
}
