package org.frontline.qualityaudit.audit;

/** One stratum of a drawn sample: how many contacts it held and how many were drawn from it. */
public record StratumDraw(String name, long populationSize, int sampleSize) {

    /** The chance each of its contacts had of being drawn. */
    public double inclusionProbability() {
        return populationSize == 0 ? 0 : (double) sampleSize / populationSize;
    }
}
