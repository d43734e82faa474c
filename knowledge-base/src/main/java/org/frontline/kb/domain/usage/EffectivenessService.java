package org.frontline.kb.domain.usage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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
        return of(article, usage.counts(List.of(articleId)).getOrDefault(articleId, UsageCounts.NONE));
    }

    /** Published articles, most linked first, then most viewed. */
    public Page<ArticleEffectiveness> report(PageRequest request) {
        Page<Long> ids = usage.publishedByUse(request);
        Map<Long, UsageCounts> counts = usage.counts(ids.items());
        return ids.map(id -> of(
                articles.findById(id).orElseThrow(() -> new NotFoundException("article", id)),
                counts.getOrDefault(id, UsageCounts.NONE)));
    }

    private ArticleEffectiveness of(Article article, UsageCounts counts) {
        Collection<CaseOutcome> linked =
                cases.of(usage.linkedCases(article.id())).values();
        Share held = Share.of(linked.stream().map(CaseOutcome::resolutionHeld).toList());
        Share withArticle = Share.of(
                linked.stream().map(CaseOutcome::firstContactResolution).toList());
        Share without = withoutArticle(article);
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

    /** First-contact resolution among the cases most like the article's text that no article was linked to. */
    private Share withoutArticle(Article article) {
        List<Long> alike = new ArrayList<>(similar.similarTo(article.title() + " " + article.summary(), SIMILAR_CASES));
        Set<Long> linked = usage.linkedAmong(alike);
        alike.removeAll(linked);
        return Share.of(cases.of(alike).values().stream()
                .map(CaseOutcome::firstContactResolution)
                .toList());
    }
}
