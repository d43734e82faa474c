package org.frontline.qualityaudit.coaching;

/** How an agent did on a course. */
public enum TrainingResult {
    PASSED,
    FAILED
}
