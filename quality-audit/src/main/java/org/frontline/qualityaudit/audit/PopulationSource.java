package org.frontline.qualityaudit.audit;

import java.util.Map;
import java.util.function.Consumer;

/** Where populations are read from: counted in aggregate, and passed over once, in contact order, never loaded. */
public interface PopulationSource {

    /** The id of the last contact recorded so far (0 when there is none): a population frozen here stays put. */
    long lastContactId();

    /** How many contacts the population holds in each stratum. */
    Map<String, Long> stratumSizes(Population population, StratifyBy by);

    /** How many contacts the population holds. */
    long size(Population population);

    /** Hands each contact of the population to the consumer, in arrival order (then id): always the same order. */
    void forEach(Population population, Consumer<PopulationUnit> consumer);
}
