package org.frontline.core.domain.workforce;

/**
 * One team's (or, with no team, the whole centre's) joiners and leavers over a period.
 *
 * @param atStart agents on the books when the period began
 * @param atEnd agents on the books when it ended ({@code atStart + hired - left})
 * @param turnoverRate percent: leavers over the average of the two headcounts; null with no headcount
 * @param annualisedRate the turnover rate scaled to a 365-day year
 * @param retention percent of those on the books at the start still there at the end; null when nobody was
 */
public record TeamTurnover(
        Long teamId,
        String team,
        int atStart,
        int hired,
        int left,
        int leftVoluntarily,
        int atEnd,
        double averageHeadcount,
        Double turnoverRate,
        Double annualisedRate,
        Double retention) {}
