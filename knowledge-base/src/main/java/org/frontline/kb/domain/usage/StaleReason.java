package org.frontline.kb.domain.usage;

/** Why an article needs its owner's attention. */
public enum StaleReason {
    /** Its review-by date has passed. */
    PAST_REVIEW_DATE,
    /** Readers find it less helpful lately than they did before. */
    FALLING_HELPFULNESS,
    /** Cases it was said to solve keep coming back. */
    LINKED_CASES_REOPENING
}
