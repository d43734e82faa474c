package org.frontline.core.domain.workforce;

import java.util.List;

/**
 * A pulse survey's result for one team (or, with no team, the whole centre). With fewer than
 * {@link PulseSurveyService#MIN_RESPONDENTS} answers the scores are withheld ({@code shown} false), so nobody's answer
 * can be told from the result.
 *
 * @param eligible agents of the team who worked here while the survey was open
 * @param responseRate percent of the eligible who answered
 * @param favourable percent of answers 4 or 5
 * @param distribution answers per score, 1 to 5
 */
public record TeamPulse(
        Long teamId,
        String team,
        int eligible,
        long respondents,
        Double responseRate,
        boolean shown,
        Double mean,
        Double favourable,
        List<Long> distribution) {}
