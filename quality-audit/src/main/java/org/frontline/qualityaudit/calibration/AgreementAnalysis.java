package org.frontline.qualityaudit.calibration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.ToDoubleFunction;
import org.frontline.qualityaudit.sampling.Confidence;

/**
 * Analyses a calibration's ratings: every coefficient's estimate, then its percentile interval from the same seeded
 * bootstrap resamples of units (so criteria and totals are resampled alike), each rater's bias against the expert or
 * the consensus, and the units ranked by how far apart their totals lay.
 */
public final class AgreementAnalysis {
    private final Bootstrap bootstrap;
    private final Confidence confidence;

    public AgreementAnalysis(int units, int resamples, long seed, Confidence confidence) {
        this.bootstrap = new Bootstrap(units, resamples, seed);
        this.confidence = confidence;
    }

    /**
     * @param totals each unit's total score by each rater
     * @param expert the rater whose totals are the reference for bias, if one is designated
     */
    public AgreementReport analyse(List<CriterionGrid> criteria, RatingGrid totals, OptionalInt expert) {
        List<CriterionAgreement> agreements = new ArrayList<>();
        for (CriterionGrid criterion : criteria) {
            KrippendorffAlpha alpha = new KrippendorffAlpha(criterion.grid(), criterion.level());
            FleissKappa kappa = new FleissKappa(criterion.grid());
            agreements.add(new CriterionAgreement(
                    criterion.section(),
                    criterion.criterion(),
                    criterion.level(),
                    figure(
                            KrippendorffAlpha.of(criterion.grid(), criterion.level()),
                            alpha::resampled,
                            pairable(criterion.grid())),
                    figure(FleissKappa.of(criterion.grid()), kappa::resampled, kappa.units())));
        }
        KrippendorffAlpha totalAlpha = new KrippendorffAlpha(totals, MeasurementLevel.INTERVAL);
        IntraclassCorrelation icc = new IntraclassCorrelation(totals);
        return new AgreementReport(
                agreements,
                figure(
                        KrippendorffAlpha.of(totals, MeasurementLevel.INTERVAL),
                        totalAlpha::resampled,
                        pairable(totals)),
                figure(icc.estimate(), icc::resampled, icc.units()),
                biases(totals, expert),
                disagreements(totals));
    }

    private Figure figure(double estimate, ToDoubleFunction<int[]> statistic, int units) {
        if (Double.isNaN(estimate)) {
            return new Figure(Double.NaN, Double.NaN, Double.NaN, units);
        }
        double[] resampled = new double[bootstrap.resamples()];
        for (int b = 0; b < resampled.length; b++) {
            resampled[b] = statistic.applyAsDouble(bootstrap.resample(b));
        }
        double[] interval = Bootstrap.interval(resampled, confidence);
        return new Figure(estimate, interval[0], interval[1], units);
    }

    private static int pairable(RatingGrid grid) {
        int units = 0;
        for (int u = 0; u < grid.units(); u++) {
            if (grid.ratingsOf(u) >= 2) {
                units++;
            }
        }
        return units;
    }

    private static List<RaterBias> biases(RatingGrid totals, OptionalInt expert) {
        List<RaterBias> biases = new ArrayList<>();
        for (int r = 0; r < totals.raters(); r++) {
            List<Double> differences = new ArrayList<>();
            for (int u = 0; u < totals.units(); u++) {
                if (!totals.rated(u, r)) {
                    continue;
                }
                double reference = reference(totals, u, r, expert);
                if (!Double.isNaN(reference)) {
                    differences.add(totals.value(u, r) - reference);
                }
            }
            if (!differences.isEmpty()) {
                double mean = differences.stream()
                        .mapToDouble(Double::doubleValue)
                        .average()
                        .orElseThrow();
                double spread = differences.size() < 2
                        ? 0
                        : Math.sqrt(differences.stream()
                                        .mapToDouble(d -> (d - mean) * (d - mean))
                                        .sum()
                                / (differences.size() - 1));
                biases.add(new RaterBias(r, differences.size(), mean, spread));
            }
        }
        return biases;
    }

    /** The expert's total for the unit (unless r is the expert), else the mean of the others'; NaN when none. */
    private static double reference(RatingGrid totals, int unit, int rater, OptionalInt expert) {
        if (expert.isPresent() && expert.getAsInt() != rater) {
            return totals.rated(unit, expert.getAsInt()) ? totals.value(unit, expert.getAsInt()) : Double.NaN;
        }
        double sum = 0;
        int others = 0;
        for (int r = 0; r < totals.raters(); r++) {
            if (r != rater && totals.rated(unit, r)) {
                sum += totals.value(unit, r);
                others++;
            }
        }
        return others == 0 ? Double.NaN : sum / others;
    }

    private static List<UnitDisagreement> disagreements(RatingGrid totals) {
        List<UnitDisagreement> units = new ArrayList<>();
        for (int u = 0; u < totals.units(); u++) {
            List<Double> scores = new ArrayList<>();
            for (int r = 0; r < totals.raters(); r++) {
                if (totals.rated(u, r)) {
                    scores.add(totals.value(u, r));
                }
            }
            if (scores.size() >= 2) {
                double mean = scores.stream()
                        .mapToDouble(Double::doubleValue)
                        .average()
                        .orElseThrow();
                double deviation = Math.sqrt(scores.stream()
                                .mapToDouble(s -> (s - mean) * (s - mean))
                                .sum()
                        / (scores.size() - 1));
                units.add(new UnitDisagreement(
                        u,
                        scores.size(),
                        scores.stream().mapToDouble(Double::doubleValue).min().orElseThrow(),
                        scores.stream().mapToDouble(Double::doubleValue).max().orElseThrow(),
                        deviation));
            }
        }
        units.sort(Comparator.comparingDouble(UnitDisagreement::deviation).reversed());
        return units;
    }
}
