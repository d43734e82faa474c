package org.frontline.qualityaudit.audit;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.statistics.distribution.TDistribution;
import org.frontline.qualityaudit.sampling.Confidence;
import org.frontline.qualityaudit.sampling.Interval;

/**
 * Estimates an audit's compliance rate and mean score from its reviewed contacts, by its design. A simple random
 * sample gives the Wilson interval for the rate and a Student-t interval (finite-population corrected) for the mean.
 * Stratified and fixed-count samples weight each stratum by its share of the population, W = N_h / N, with variance
 * Σ W² (1 − n_h/N_h) s²_h / n_h (Cochran, Sampling Techniques, 1977, §5.3); the rate's Wilson interval then uses the
 * effective sample size p(1 − p) / variance (Kish). Strata with no review yet are left out and the weights of the rest
 * re-normalised, so an audit under way gives interim figures.
 */
public final class DesignEstimator {
    private DesignEstimator() {}

    /** The share of reviewed contacts that passed; empty when none is reviewed yet. */
    public static Optional<Estimate> compliance(
            List<UnitResult> results, List<StratumDraw> strata, boolean weighted, Confidence confidence) {
        if (results.isEmpty()) {
            return Optional.empty();
        }
        double z = confidence.z();
        long n = results.size();
        if (!weighted) {
            double p = results.stream().filter(UnitResult::passed).count() / (double) n;
            Interval interval = Interval.wilson(p, n, z);
            return Optional.of(new Estimate(p, interval.lower(), interval.upper(), Math.sqrt(p * (1 - p) / n), n));
        }
        Weighted result = weigh(results, strata, o -> o.passed() ? 1.0 : 0.0);
        double p = result.mean();
        double effective = result.variance() > 0 ? p * (1 - p) / result.variance() : n;
        Interval interval = Interval.wilson(p, Math.max(1, effective), z);
        return Optional.of(new Estimate(p, interval.lower(), interval.upper(), Math.sqrt(result.variance()), n));
    }

    /** The mean total score of reviewed contacts that have one; empty when none has. */
    public static Optional<Estimate> meanScore(
            List<UnitResult> results, List<StratumDraw> strata, boolean weighted, Confidence confidence) {
        List<UnitResult> scored =
                results.stream().filter(o -> o.score().isPresent()).toList();
        if (scored.isEmpty()) {
            return Optional.empty();
        }
        Weighted result = weigh(scored, strata, o -> o.score().getAsDouble());
        double half;
        if (weighted || scored.size() < 2) {
            half = confidence.z() * Math.sqrt(result.variance());
        } else {
            TDistribution t = TDistribution.of(scored.size() - 1.0);
            half = t.inverseCumulativeProbability(1 - (1 - confidence.level()) / 2) * Math.sqrt(result.variance());
        }
        double mean = result.mean();
        return Optional.of(new Estimate(
                mean,
                Math.max(0, mean - half),
                Math.min(100, mean + half),
                Math.sqrt(result.variance()),
                scored.size()));
    }

    /** A stratified mean and its variance; a simple random sample is the one-stratum case. */
    private record Weighted(double mean, double variance) {}

    private static Weighted weigh(
            List<UnitResult> results, List<StratumDraw> strata, Function<UnitResult, Double> value) {
        Map<String, StratumDraw> byName =
                strata.stream().collect(Collectors.toMap(StratumDraw::name, Function.identity()));
        Map<String, List<Double>> values = results.stream()
                .collect(Collectors.groupingBy(UnitResult::stratum, Collectors.mapping(value, Collectors.toList())));
        double covered = values.keySet().stream()
                .mapToLong(name -> byName.get(name).populationSize())
                .sum();
        double mean = 0;
        double variance = 0;
        for (Map.Entry<String, List<Double>> stratum : values.entrySet()) {
            StratumDraw draw = byName.get(stratum.getKey());
            List<Double> ys = stratum.getValue();
            int n = ys.size();
            double w = draw.populationSize() / covered;
            double yBar = ys.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            mean += w * yBar;
            if (n > 1) {
                double s2 =
                        ys.stream().mapToDouble(y -> (y - yBar) * (y - yBar)).sum() / (n - 1);
                double f = Math.min(1, (double) n / draw.populationSize());
                variance += w * w * (1 - f) * s2 / n;
            }
        }
        return new Weighted(mean, variance);
    }
}
