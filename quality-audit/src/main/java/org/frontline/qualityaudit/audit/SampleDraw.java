package org.frontline.qualityaudit.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.frontline.core.domain.shared.InvalidValueException;
import org.frontline.qualityaudit.sampling.Reservoir;
import org.frontline.qualityaudit.sampling.StratifiedSample;
import org.frontline.qualityaudit.sampling.Stratum;

/**
 * Draws an audit's sample: freezes the population at the last contact recorded, counts it (per stratum where the
 * design has strata), decides how many to take from each, then passes over it once with one seeded reservoir per
 * stratum, in O(sample) memory. The same population, design and seed always give the same sample.
 */
public final class SampleDraw {
    /** The one stratum of a simple random sample. */
    static final String WHOLE = "all";
    /** Neyman allocation without prior results assumes the widest spread a proportion can have. */
    private static final double UNKNOWN_DEVIATION = 0.5;

    private final PopulationSource source;

    public SampleDraw(PopulationSource source) {
        this.source = Objects.requireNonNull(source, "source");
    }

    /**
     * Draws from the population as frozen, or, when it is not yet, frozen now at the last contact recorded: drawing
     * again from an audit's stored population re-derives its sample.
     */
    public Draw draw(Population population, SampleDesign design, long seed, Instant now) {
        Population frozen =
                population.frozen().isPresent() ? population : population.frozenAt(source.lastContactId(), now);
        Map<String, Long> sizes = design.stratifyBy()
                .map(by -> (Map<String, Long>) new TreeMap<>(source.stratumSizes(frozen, by)))
                .orElseGet(() -> new TreeMap<>(Map.of(WHOLE, source.size(frozen))));
        long total = sizes.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            throw new InvalidValueException("population", "no contact matches the population: widen it");
        }
        Map<String, Integer> quotas = quotas(design, sizes, total);
        Map<String, Reservoir<PopulationUnit>> reservoirs = reservoirs(quotas, seed);
        StratifyBy by = design.stratifyBy().orElse(null);
        source.forEach(frozen, unit -> {
            Reservoir<PopulationUnit> reservoir = reservoirs.get(by == null ? WHOLE : by.stratumOf(unit));
            if (reservoir != null) {
                reservoir.offer(unit);
            }
        });
        List<StratumDraw> strata = new ArrayList<>();
        List<DrawnUnit> units = new ArrayList<>();
        for (Map.Entry<String, Long> size : sizes.entrySet()) {
            Reservoir<PopulationUnit> reservoir = reservoirs.get(size.getKey());
            List<PopulationUnit> drawn = reservoir == null ? List.of() : reservoir.sample();
            StratumDraw stratum = new StratumDraw(size.getKey(), size.getValue(), drawn.size());
            strata.add(stratum);
            drawn.stream()
                    .sorted(Comparator.comparingLong(PopulationUnit::contactId))
                    .forEach(unit -> units.add(new DrawnUnit(unit, stratum.name(), stratum.inclusionProbability())));
        }
        return new Draw(frozen, total, strata, units);
    }

    /** How many contacts to draw from each stratum. */
    private static Map<String, Integer> quotas(SampleDesign design, Map<String, Long> sizes, long total) {
        Map<String, Integer> quotas = new LinkedHashMap<>();
        switch (design.kind()) {
            case SIMPLE_RANDOM -> quotas.put(WHOLE, design.sizeFor(total));
            case FIXED_COUNT ->
                sizes.forEach((name, size) ->
                        quotas.put(name, (int) Math.min(design.perStratum().getAsInt(), size)));
            case STRATIFIED -> {
                List<Stratum> strata = sizes.entrySet().stream()
                        .map(e -> new Stratum(e.getKey(), e.getValue(), UNKNOWN_DEVIATION))
                        .toList();
                StratifiedSample.allocate(
                                design.sizeFor(total), strata, design.allocation(), design.minimumPerStratum())
                        .forEach(share -> quotas.put(share.stratum().name(), share.sample()));
            }
        }
        return quotas;
    }

    /** One reservoir per stratum that is sampled, each seeded from the audit's seed in stratum-name order. */
    private static Map<String, Reservoir<PopulationUnit>> reservoirs(Map<String, Integer> quotas, long seed) {
        SplittableRandom seeds = new SplittableRandom(seed);
        Map<String, Reservoir<PopulationUnit>> reservoirs = new TreeMap<>();
        new TreeMap<>(quotas).forEach((name, quota) -> {
            long stratumSeed = seeds.nextLong();
            if (quota > 0) {
                reservoirs.put(name, new Reservoir<>(quota, stratumSeed));
            }
        });
        return reservoirs;
    }
}
