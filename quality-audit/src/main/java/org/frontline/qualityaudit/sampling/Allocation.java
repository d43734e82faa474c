package org.frontline.qualityaudit.sampling;

/** How a stratified sample is shared among its strata. */
public enum Allocation {
    /** In proportion to each stratum's size. */
    PROPORTIONAL,
    /** The same number from each stratum (e.g. per agent, however many contacts each had). */
    EQUAL,
    /**
     * In proportion to size × standard deviation (Neyman): more where results vary more, the smallest overall error
     * for a given n (Cochran, Sampling Techniques, 1977, §5.5).
     */
    NEYMAN
}
