package org.frontline.web.kb;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.frontline.core.domain.access.Role;
import org.frontline.kb.domain.usage.ContentGaps;
import org.frontline.kb.domain.usage.EffectivenessService;
import org.frontline.kb.domain.usage.StaleArticles;
import org.frontline.web.platform.PageResponse;
import org.frontline.web.platform.RequestParameters;
import org.frontline.web.security.Allowed;

/** Whether the knowledge base works: effectiveness per article, content gaps, stale articles. */
@Path("/articles")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Knowledge base")
@Allowed({Role.TEAM_LEAD, Role.QA_ANALYST})
public class ArticleReportResource {
    private static final int DEFAULT_MIN_SEARCHES = 2;
    private static final int DEFAULT_TOPICS = 20;

    @Inject
    EffectivenessService effectiveness;

    @Inject
    ContentGaps gaps;

    @Inject
    StaleArticles stale;

    @GET
    @Path("{id: [0-9]+}/effectiveness")
    @Operation(
            summary = "Whether this article works",
            description = "views; links (cases it solved); helpfulVotes; resolutionRate: linked cases not reopened"
                    + " within FRONTLINE_FCR_REOPEN_DAYS of their resolution, of those decided (undecidedCases are"
                    + " still open or inside that window); firstContactResolution of the linked cases against"
                    + " similarCasesWithout (the 100 cases most like the article's title and summary that no article"
                    + " was linked to); firstContactResolutionLift = the difference of the two rates.")
    public ArticleEffectivenessResponse effectiveness(@PathParam("id") long id) {
        return ArticleEffectivenessResponse.from(effectiveness.of(id));
    }

    @GET
    @Path("effectiveness")
    @Operation(summary = "Effectiveness of every published article, most linked first, then most viewed")
    public PageResponse<ArticleEffectivenessResponse> report(
            @QueryParam("page") String page, @QueryParam("size") String size) {
        return PageResponse.of(
                effectiveness.report(RequestParameters.page(page, size)), ArticleEffectivenessResponse::from);
    }

    @GET
    @Path("content-gaps")
    @Operation(
            summary = "What readers searched for and did not find",
            description = "Searches grouped by topic (the query's stemmed words, sorted): noResult lists topics whose"
                    + " searches found nothing, lowClick those whose results were opened after at most one search in"
                    + " five. Most searched first.")
    public ContentGapReportResponse contentGaps(
            @Parameter(description = "ISO-8601 start; default 30 days ago") @QueryParam("since") String since,
            @Parameter(description = "searches a topic needs to be listed, default 2") @QueryParam("minSearches")
                    String minSearches,
            @Parameter(description = "topics per list, 1 to 100, default 20") @QueryParam("limit") String limit) {
        return ContentGapReportResponse.from(gaps.report(
                RequestParameters.instant("since", since),
                RequestParameters.integer("minSearches", minSearches).orElse(DEFAULT_MIN_SEARCHES),
                RequestParameters.limit(limit, DEFAULT_TOPICS, ContentGaps.MAX_TOPICS)));
    }

    @GET
    @Path("stale")
    @Operation(
            summary = "Published articles that need review, and why",
            description = "PAST_REVIEW_DATE; FALLING_HELPFULNESS (helpful share of the last 30 days' votes 20 points"
                    + " below the earlier one, 5 votes or more on each side, z >= 1.645 in a one-sided two-proportion"
                    + " test); LINKED_CASES_REOPENING (of the cases"
                    + " linked in the last 90 days, at least 2 and 30% reopened within the reopen window).")
    public PageResponse<StaleArticleResponse> stale(@QueryParam("page") String page, @QueryParam("size") String size) {
        return PageResponse.of(stale.find(RequestParameters.page(page, size)), StaleArticleResponse::from);
    }
}
