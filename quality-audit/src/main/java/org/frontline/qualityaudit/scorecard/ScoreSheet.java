package org.frontline.qualityaudit.scorecard;

import java.util.List;

/**
 * A review's score: the total (0 to 100; null when every section was N/A), whether it passed the scorecard's pass
 * mark, whether a critical item failed it outright, each section's score (null when all of it was N/A), and the
 * findings that explain any zero.
 */
public record ScoreSheet(
        Double total, boolean passed, boolean autoFailed, List<SectionScore> sections, List<String> findings) {

    public ScoreSheet {
        sections = List.copyOf(sections);
        findings = List.copyOf(findings);
    }

    /** One section's score, and whether a critical item in it zeroed it. */
    public record SectionScore(String section, Double score, boolean failedCritical) {}
}
