package org.frontline.kb.domain.usage;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.frontline.core.domain.shared.NotFoundException;
import org.frontline.core.domain.shared.Page;
import org.frontline.core.domain.shared.PageRequest;
import org.frontline.kb.domain.article.Article;
import org.frontline.kb.domain.article.ArticleRepository;

/**
 * Judges whether articles work: how often they are read and linked to solved cases, whether those cases stayed
 * solved, whether readers found them helpful, and how much more often a case is solved at first contact with the
 * article than similar cases without one.
 */
public class EffectivenessService {
    /** How many cases like the article's text are read for the comparison group. */
    static final int SIMILAR_CASES = 100;

    private final ArticleRepository articles;
    private final UsageRepository usage;
    private final CaseOutcomes cases;
    private final SimilarCases similar;

    public EffectivenessService(
            ArticleRepository articles, UsageRepository usage, CaseOutcomes cases, SimilarCases similar) {
        this.articles = Objects.requireNonNull(articles, "articles");
        this.usage = Objects.requireNonNull(usage, "usage");
        this.cases = Objects.requireNonNull(cases, "cases");
        this.similar = Objects.requireNonNull(similar, "similar");
    }

    public ArticleEffectiveness of(long articleId) {
        Article article = articles.findById(articleId).orElseThrow(() -> new NotFoundException("article", articleId));
        return measure(List.of(article), usage.counts(List.of(articleId))).getFirst();
    }

    /** Published articles, most linked first, then most viewed. */
    public Page<ArticleEffectiveness> report(PageRequest request) {
        Page<Long> ids = usage.publishedByUse(request);
        return Page.of(measure(articles.findAll(ids.items()), usage.counts(ids.items())), request, ids.totalItems());
    }

    /**
     * Reads the outcomes of every case a page of articles needs (their linked cases and the cases like them) at once,
     * rather than a few queries per article.
     */
    private List<ArticleEffectiveness> measure(List<Article> page, Map<Long, UsageCounts> counts) {
        List<Long> ids = page.stream().map(Article::id).toList();
        Map<Long, List<Long>> linked = usage.linkedCases(ids);
        Map<Long, List<Long>> alike = new HashMap<>();
        page.forEach(a -> alike.put(a.id(), similar.similarTo(a.title() + " " + a.summary(), SIMILAR_CASES)));
        Set<Long> linkedToAny =
                usage.linkedAmong(alike.values().stream().flatMap(List::stream).collect(Collectors.toSet()));
        Set<Long> needed = new HashSet<>();
        linked.values().forEach(needed::addAll);
        alike.values().forEach(needed::addAll);
        Map<Long, CaseOutcome> outcomes = cases.of(needed);
        return page.stream()
                .map(a -> measure(
                        a,
                        counts.getOrDefault(a.id(), UsageCounts.NONE),
                        outcomesOf(linked.getOrDefault(a.id(), List.of()), outcomes),
                        outcomesOf(
                                alike.get(a.id()).stream()
                                        .filter(c -> !linkedToAny.contains(c))
                                        .toList(),
                                outcomes)))
                .toList();
    }

    /**
     * @param linked outcomes of the cases the article was linked to
     * @param alike outcomes of the cases most like the article's text that no article was linked to
     */
    private static ArticleEffectiveness measure(
            Article article, UsageCounts counts, List<CaseOutcome> linked, List<CaseOutcome> alike) {
        Share held = Share.of(linked.stream().map(CaseOutcome::resolutionHeld).toList());
        Share withArticle = Share.of(
                linked.stream().map(CaseOutcome::firstContactResolution).toList());
        Share without =
                Share.of(alike.stream().map(CaseOutcome::firstContactResolution).toList());
        return new ArticleEffectiveness(
                article.id(),
                article.title(),
                article.language(),
                article.status(),
                counts.views(),
                counts.links(),
                counts.helpfulness(),
                held,
                linked.size() - held.outOf(),
                withArticle,
                without,
                ArticleEffectiveness.lift(withArticle, without));
    }

    private static List<CaseOutcome> outcomesOf(List<Long> caseIds, Map<Long, CaseOutcome> outcomes) {
        return caseIds.stream().map(outcomes::get).filter(Objects::nonNull).toList();
    }
}
