package org.frontline.web.kb;

import org.frontline.kb.domain.usage.ArticleEffectiveness;

/** Whether an article works; every rate comes with its counts (see {@link ArticleEffectiveness}). */
public record ArticleEffectivenessResponse(
        long articleId,
        String title,
        String language,
        String status,
        long views,
        long links,
        ShareResponse helpfulVotes,
        ShareResponse resolutionRate,
        long undecidedCases,
        ShareResponse firstContactResolution,
        ShareResponse similarCasesWithout,
        Double firstContactResolutionLift) {

    static ArticleEffectivenessResponse from(ArticleEffectiveness e) {
        return new ArticleEffectivenessResponse(
                e.articleId(),
                e.title(),
                e.language().code(),
                e.status().name(),
                e.views(),
                e.links(),
                ShareResponse.from(e.helpfulVotes()),
                ShareResponse.from(e.resolutionRate()),
                e.undecidedCases(),
                ShareResponse.from(e.firstContactResolution()),
                ShareResponse.from(e.similarCasesWithout()),
                e.firstContactResolutionLift().orElse(null));
    }
}
