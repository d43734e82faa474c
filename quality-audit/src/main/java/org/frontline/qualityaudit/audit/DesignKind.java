package org.frontline.qualityaudit.audit;

/** How an audit's sample is drawn. */
public enum DesignKind {
    /** Every contact has the same chance; n is given or follows from the target precision. */
    SIMPLE_RANDOM,
    /** n shared among strata (proportional, equal or Neyman, with a minimum each), a random sample within each. */
    STRATIFIED,
    /** The same number from every stratum (e.g. 5 per agent), all of a stratum that has fewer. */
    FIXED_COUNT
}
