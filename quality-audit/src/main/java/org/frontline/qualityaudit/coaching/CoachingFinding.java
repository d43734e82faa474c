package org.frontline.qualityaudit.coaching;

import java.util.Optional;
import org.frontline.qualityaudit.scorecard.CriterionKey;

/** One criterion of a review that calls for coaching: why, how it scored (share of its scale) and the comment. */
public record CoachingFinding(CriterionKey criterion, CoachingReason reason, double share, Optional<String> comment) {}
