package org.frontline.kb.domain.usage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.frontline.core.domain.shared.Page;
import org.frontline.core.domain.shared.PageRequest;

/** Stores how articles are used (links to cases, votes, views, searches) and answers the questions reports ask. */
public interface UsageRepository {

    Optional<CaseLink> link(long articleId, long caseId);

    CaseLink addLink(CaseLink link);

    void removeLink(CaseLink link);

    /** The article's links, latest first. */
    Page<CaseLink> links(long articleId, PageRequest request);

    /** The links of a case, earliest first. */
    List<CaseLink> linksOfCase(long caseId);

    /** Every case each of these articles is linked to, by article (absent when it has none). */
    Map<Long, List<Long>> linkedCases(Collection<Long> articleIds);

    /** Of these cases, those linked to any article. */
    Set<Long> linkedAmong(Collection<Long> caseIds);

    /** The cases linked since a moment, by article. */
    Map<Long, List<Long>> linksSince(Instant since);

    Optional<Vote> vote(long articleId, String voter);

    Vote addVote(Vote vote);

    void addView(ArticleView view);

    /** Writes the search at once, so views naming it may follow in the same transaction. */
    SearchRecord addSearch(SearchRecord search);

    Optional<SearchRecord> search(long id);

    /** Views, links and votes of each of these articles (absent when it has none). */
    Map<Long, UsageCounts> counts(Collection<Long> articleIds);

    /** Published articles, most linked first, then most viewed. */
    Page<Long> publishedByUse(PageRequest request);

    /** Published articles whose review-by date is before {@code today}, at most {@code limit}. */
    List<Long> dueForReview(LocalDate today, int limit);

    /** Helpful votes before and since {@code since}, per article with votes on both sides. */
    List<VoteTrend> voteTrends(Instant since);

    long searchesSince(Instant since);

    /** Topics searched at least {@code minSearches} times since a moment that found nothing, most searched first. */
    List<ContentGap> noResultTopics(Instant since, long minSearches, int limit);

    /**
     * Topics searched at least {@code minSearches} times since a moment that found articles, where at most one search
     * in {@code 1/maxClickThrough} led to opening one, most searched first.
     */
    List<ContentGap> lowClickTopics(Instant since, long minSearches, double maxClickThrough, int limit);
}
