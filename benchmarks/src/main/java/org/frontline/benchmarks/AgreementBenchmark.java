package org.frontline.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import org.frontline.qualityaudit.calibration.AgreementAnalysis;
import org.frontline.qualityaudit.calibration.AgreementReport;
import org.frontline.qualityaudit.calibration.CriterionGrid;
import org.frontline.qualityaudit.calibration.MeasurementLevel;
import org.frontline.qualityaudit.calibration.RatingGrid;
import org.frontline.qualityaudit.sampling.Confidence;

/**
 * Times a calibration's whole agreement analysis on a large session: 20 raters × 1,000 contacts × 10 criteria (four
 * yes/no, three 1-5, three 0-10, 5% of ratings missing) plus total scores, with 1,000 bootstrap resamples: alpha and
 * kappa per criterion, alpha and ICC on totals, each with its interval, rater bias and disagreements. Prints each
 * run's time after warm-up runs.
 *
 * <pre>{@code
 * ./mvnw -q -pl benchmarks -am compile exec:java -Dexec.mainClass=org.frontline.benchmarks.AgreementBenchmark \
 *     -Dexec.args="20 1000 10 1000"
 * }</pre>
 */
public final class AgreementBenchmark {
    private static final double MISSING = 0.05;

    private AgreementBenchmark() {}

    public static void main(String[] args) {
        int raters = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int units = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int criteria = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        int resamples = args.length > 3 ? Integer.parseInt(args[3]) : 1000;
        SplittableRandom random = new SplittableRandom(2026);
        List<CriterionGrid> grids = new ArrayList<>();
        double[][] totals = new double[units][raters];
        for (int c = 0; c < criteria; c++) {
            MeasurementLevel level =
                    c < 4 ? MeasurementLevel.NOMINAL : c < 7 ? MeasurementLevel.ORDINAL : MeasurementLevel.INTERVAL;
            int low = level == MeasurementLevel.ORDINAL ? 1 : 0;
            int high = level == MeasurementLevel.NOMINAL ? 1 : level == MeasurementLevel.ORDINAL ? 5 : 10;
            grids.add(new CriterionGrid(
                    "Call",
                    "Criterion " + c,
                    level,
                    new RatingGrid(ratings(random, units, raters, low, high, totals))));
        }
        RatingGrid totalGrid = new RatingGrid(totals);
        System.out.printf(
                Locale.ROOT,
                "raters=%d units=%d criteria=%d resamples=%d cores=%d%n",
                raters,
                units,
                criteria,
                resamples,
                Runtime.getRuntime().availableProcessors());
        for (int run = 0; run < 8; run++) {
            long start = System.nanoTime();
            AgreementReport report = new AgreementAnalysis(units, resamples, run, new Confidence(0.95))
                    .analyse(grids, totalGrid, OptionalInt.empty());
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(
                    Locale.ROOT,
                    "%s run %d: %.3f s (total alpha %.3f [%.3f, %.3f], ICC %.3f)%n",
                    run < 3 ? "warm-up" : "measured",
                    run,
                    seconds,
                    report.totalAlpha().value(),
                    report.totalAlpha().lower(),
                    report.totalAlpha().upper(),
                    report.intraclassCorrelation().value());
        }
    }

    /** Each unit has a true level; each rater adds a personal lean and noise; some ratings are missing. */
    private static double[][] ratings(
            SplittableRandom random, int units, int raters, int low, int high, double[][] totals) {
        double[][] values = new double[units][raters];
        double[] lean = new double[raters];
        for (int r = 0; r < raters; r++) {
            lean[r] = (random.nextDouble() - 0.5) * 0.6;
        }
        for (int u = 0; u < units; u++) {
            double truth = low + random.nextDouble() * (high - low);
            for (int r = 0; r < raters; r++) {
                double noisy = truth + lean[r] * (high - low) / 2 + random.nextGaussian() * (high - low) / 6.0;
                double value = Math.max(low, Math.min(high, Math.round(noisy)));
                values[u][r] = random.nextDouble() < MISSING ? Double.NaN : value;
                totals[u][r] += (value - low) * 10.0 / (high - low);
            }
        }
        return values;
    }
}
