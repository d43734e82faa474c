package org.frontline.web.kb;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.frontline.core.domain.access.Role;
import org.frontline.core.domain.shared.InvalidValueException;
import org.frontline.core.domain.shared.PageRequest;
import org.frontline.kb.domain.article.Article;
import org.frontline.kb.domain.article.ArticleDiff;
import org.frontline.kb.domain.article.ArticleFilter;
import org.frontline.kb.domain.article.ArticleService;
import org.frontline.kb.domain.article.ArticleStatus;
import org.frontline.kb.domain.article.Audience;
import org.frontline.kb.domain.search.ArticleQuery;
import org.frontline.kb.domain.search.ArticleSearch;
import org.frontline.kb.domain.search.ArticleSearchResult;
import org.frontline.kb.domain.search.TitleSuggestion;
import org.frontline.kb.domain.usage.UsageService;
import org.frontline.web.audit.CurrentActor;
import org.frontline.web.platform.Created;
import org.frontline.web.platform.PageResponse;
import org.frontline.web.platform.RequestParameters;
import org.frontline.web.security.Allowed;

/** Knowledge-base articles over REST: write, revise, publish, archive, compare versions, search and suggest. */
@Path("/articles")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Knowledge base", description = "Articles agents and customers read, and how they are found")
@Allowed({Role.AGENT, Role.QA_ANALYST})
public class ArticleResource {
    private static final int MAX_SUGGESTIONS = 20;
    private static final int DEFAULT_SUGGESTIONS = 8;

    @Inject
    ArticleService articles;

    @Inject
    ArticleSearch search;

    @Inject
    UsageService usage;

    @Allowed(Role.AGENT)
    @POST
    @Operation(summary = "Write a new article; it starts as a DRAFT at revision 1")
    public Response write(@NotNull @Valid ArticleRequest request, @Context UriInfo uri) {
        Article article =
                articles.write(request.content(), request.owner(), request.reviewBy(), editor(), request.note());
        return Created.at(uri, article.id(), ArticleResponse.from(article));
    }

    @GET
    @Path("{id: [0-9]+}")
    @Operation(summary = "Read one article, with its body rendered as safe HTML")
    public ArticleResponse get(@PathParam("id") long id) {
        return ArticleResponse.from(articles.get(id));
    }

    @GET
    @Operation(summary = "List articles, most recently updated first; every filter given must hold (no relevance)")
    public PageResponse<ArticleResponse> list(
            @Parameter(description = "DRAFT, PUBLISHED or ARCHIVED") @QueryParam("status") String status,
            @Parameter(description = "en, fr, de or es") @QueryParam("language") String language,
            @Parameter(description = "INTERNAL or PUBLIC") @QueryParam("audience") String audience,
            @QueryParam("product") String product,
            @QueryParam("owner") String owner,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        ArticleFilter filter = new ArticleFilter(
                RequestParameters.enumeration("status", status, ArticleStatus.class),
                KbParameters.language(language),
                RequestParameters.enumeration("audience", audience, Audience.class),
                RequestParameters.text(product),
                RequestParameters.text(owner));
        return PageResponse.of(articles.list(filter, RequestParameters.page(page, size)), ArticleResponse::from);
    }

    @Allowed(Role.AGENT)
    @PUT
    @Path("{id: [0-9]+}")
    @Operation(
            summary = "Save new content as the next revision",
            description = "Send the whole article and the version you last read; if someone saved since, you get 409"
                    + " and lose nothing. A note says why, for the version history.")
    public ArticleResponse edit(@PathParam("id") long id, @NotNull @Valid ArticleRequest request) {
        return ArticleResponse.from(articles.edit(
                id,
                request.requiredVersion(),
                request.content(),
                request.owner(),
                request.reviewBy(),
                editor(),
                request.note()));
    }

    @Allowed(Role.AGENT)
    @POST
    @Path("{id: [0-9]+}/translations")
    @Operation(
            summary = "Write a translation of an article: a new DRAFT in another language, linked to the original",
            description = "Translating a translation links the new one to the same original. One article per language"
                    + " in a group: 409 when the language has one already.")
    public Response translate(@PathParam("id") long id, @NotNull @Valid ArticleRequest request, @Context UriInfo uri) {
        Article article = articles.translate(
                id, request.content(), request.owner(), request.reviewBy(), editor(), request.note());
        return Response.created(uri.getBaseUriBuilder()
                        .path("articles")
                        .path(String.valueOf(article.id()))
                        .build())
                .entity(ArticleResponse.from(article))
                .build();
    }

    @GET
    @Path("{id: [0-9]+}/translations")
    @Operation(summary = "The article's other languages: its original and the original's translations, by id")
    public List<TranslationResponse> translations(@PathParam("id") long id) {
        return articles.translations(id).stream().map(TranslationResponse::from).toList();
    }

    @Allowed(Role.TEAM_LEAD)
    @POST
    @Path("{id: [0-9]+}/publish")
    @Operation(summary = "Publish a DRAFT or ARCHIVED article to its audience")
    public ArticleResponse publish(@PathParam("id") long id, @Valid ArticleActionRequest request) {
        return ArticleResponse.from(articles.publish(id, orEmpty(request).expectedVersion()));
    }

    @Allowed(Role.TEAM_LEAD)
    @POST
    @Path("{id: [0-9]+}/archive")
    @Operation(summary = "Withdraw an article from readers, keeping it and its history")
    public ArticleResponse archive(@PathParam("id") long id, @Valid ArticleActionRequest request) {
        return ArticleResponse.from(articles.archive(id, orEmpty(request).expectedVersion()));
    }

    @GET
    @Path("{id: [0-9]+}/versions")
    @Operation(summary = "The article's revisions, newest first: who saved each, when, why, and the content then")
    public PageResponse<ArticleVersionResponse> versions(
            @PathParam("id") long id, @QueryParam("page") String page, @QueryParam("size") String size) {
        return PageResponse.of(articles.versions(id, RequestParameters.page(page, size)), ArticleVersionResponse::from);
    }

    @GET
    @Path("{id: [0-9]+}/versions/{revision: [0-9]+}")
    @Operation(summary = "One revision of the article")
    public ArticleVersionResponse version(@PathParam("id") long id, @PathParam("revision") int revision) {
        return ArticleVersionResponse.from(articles.version(id, revision));
    }

    @GET
    @Path("{id: [0-9]+}/diff")
    @Operation(
            summary = "What changed between two revisions",
            description = "Each changed field with its old and new value, and the body as a unified diff.")
    public ArticleDiff diff(@PathParam("id") long id, @QueryParam("from") String from, @QueryParam("to") String to) {
        int older = RequestParameters.integer("from", from)
                .orElseThrow(() -> new InvalidValueException("from", "is required: a revision number"));
        int newer = RequestParameters.integer("to", to)
                .orElseThrow(() -> new InvalidValueException("to", "is required: a revision number"));
        return articles.diff(id, older, newer);
    }

    @GET
    @Path("search")
    @Operation(
            summary = "Search articles as an agent types: words, \"phrases\", -exclusions, typos forgiven",
            description = "Best matches first (title counts most, then tags and summary, then body), with facet"
                    + " counts (language, product, tags, audience), highlighted snippets, matching (EVERY_WORD, or"
                    + " SOME_WORDS when fewer than three articles had every word: then the best 100 articles with"
                    + " some of the words, which total and facets count), didYouMean when few"
                    + " articles match, and fellBackTo=en when the language asked for has no hit. Published articles"
                    + " only unless status says otherwise. At most 200 characters, 50 a page, the first 1,000"
                    + " results. searchId identifies the search (first pages of searches with words are kept for"
                    + " the content-gap report): send it with POST /api/articles/{id}/views when a result is opened.")
    public ArticleSearchResponse search(
            @Parameter(description = "what the agent typed") @QueryParam("q") String text,
            @Parameter(description = "en, fr, de or es; absent: every language") @QueryParam("language")
                    String language,
            @Parameter(description = "repeat for several") @QueryParam("product") List<String> products,
            @Parameter(description = "repeat for several; each must be present") @QueryParam("tag") List<String> tags,
            @Parameter(description = "DRAFT, PUBLISHED, ARCHIVED; repeat for several") @QueryParam("status")
                    List<String> statuses,
            @Parameter(description = "INTERNAL or PUBLIC") @QueryParam("audience") String audience,
            @Parameter(description = "AGENTS (default) or CUSTOMERS, who see public articles only")
                    @QueryParam("visibleTo")
                    String visibleTo,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        PageRequest request = RequestParameters.page(page, size);
        Set<ArticleStatus> wanted = new HashSet<>();
        for (String status : statuses) {
            RequestParameters.enumeration("status", status, ArticleStatus.class).ifPresent(wanted::add);
        }
        ArticleQuery query = new ArticleQuery(
                text,
                KbParameters.language(language),
                Set.copyOf(products),
                Set.copyOf(tags),
                wanted,
                RequestParameters.enumeration("audience", audience, Audience.class),
                KbParameters.readers(visibleTo),
                request);
        ArticleSearchResult result = search.search(query);
        return ArticleSearchResponse.from(result, request, recorded(query, result));
    }

    @GET
    @Path("suggest")
    @Operation(
            summary = "Titles of published articles as the agent types (every word, the last one as a prefix)",
            description = "For a search box: call on each keystroke; answers in a few milliseconds.")
    public List<TitleSuggestion> suggest(
            @Parameter(description = "what is typed so far") @QueryParam("q") String text,
            @QueryParam("language") String language,
            @QueryParam("visibleTo") String visibleTo,
            @Parameter(description = "1 to 20, default 8") @QueryParam("limit") String limit) {
        int count = RequestParameters.limit(limit, DEFAULT_SUGGESTIONS, MAX_SUGGESTIONS);
        if (text != null && text.length() > ArticleQuery.MAX_TEXT) {
            throw new InvalidValueException("q", "must be at most " + ArticleQuery.MAX_TEXT + " characters");
        }
        return search.suggest(text, KbParameters.language(language), KbParameters.readers(visibleTo), count);
    }

    /**
     * Keeps the first page of a search with words, for the content-gap report; its id comes back so that opening a
     * result counts as this search's click.
     */
    private Long recorded(ArticleQuery query, ArticleSearchResult result) {
        if (query.text().isBlank() || query.page().page() > 0) {
            return null;
        }
        return usage.recordSearch(
                        query.text(),
                        search.topicOf(query.text(), query.language()),
                        query.language(),
                        query.readers(),
                        result.total())
                .id();
    }

    private static ArticleActionRequest orEmpty(ArticleActionRequest request) {
        return request == null ? ArticleActionRequest.EMPTY : request;
    }

    private static String editor() {
        return CurrentActor.get().orElse("anonymous");
    }
}
