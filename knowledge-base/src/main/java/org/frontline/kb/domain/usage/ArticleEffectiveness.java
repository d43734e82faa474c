package org.frontline.kb.domain.usage;

import java.util.Optional;
import org.frontline.kb.domain.article.ArticleLanguage;
import org.frontline.kb.domain.article.ArticleStatus;

/**
 * Whether an article works, with the counts behind each figure.
 *
 * @param resolutionRate linked cases whose resolution held (not reopened within the reopen window), of those decided
 * @param undecidedCases linked cases still open or inside their reopen window, left out of the rates
 * @param firstContactResolution first-contact resolutions among the linked cases decided so far
 * @param similarCasesWithout first-contact resolutions among similar cases (by subject and description) that no article
 *     was linked to: the comparison group
 * @param firstContactResolutionLift the difference of the two rates, in points from -1 to 1; empty when either group
 *     has no decided case
 */
public record ArticleEffectiveness(
        long articleId,
        String title,
        ArticleLanguage language,
        ArticleStatus status,
        long views,
        long links,
        Share helpfulVotes,
        Share resolutionRate,
        long undecidedCases,
        Share firstContactResolution,
        Share similarCasesWithout,
        Optional<Double> firstContactResolutionLift) {

    /** The lift of {@code with} over {@code without}, when both have something to compare. */
    static Optional<Double> lift(Share with, Share without) {
        return with.value().flatMap(a -> without.value().map(b -> a - b));
    }
}
