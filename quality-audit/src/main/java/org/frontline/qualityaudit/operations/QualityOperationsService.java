package org.frontline.qualityaudit.operations;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.frontline.core.domain.shared.InvalidValueException;
import org.frontline.qualityaudit.sampling.Confidence;
import org.frontline.qualityaudit.sampling.Proportion;

/** Lines up QA results with operations figures per agent or team, and measures whether the two trade off. */
public class QualityOperationsService {
    private static final Confidence NINETY_FIVE = new Confidence(0.95);

    private final OperationsSource source;

    public QualityOperationsService(OperationsSource source) {
        this.source = Objects.requireNonNull(source, "source");
    }

    public QualityOperations table(GroupBy groupBy, Instant from, Instant to) {
        if (!from.isBefore(to)) {
            throw new InvalidValueException("from", "the period must end (to) after it starts (from)");
        }
        Map<Long, GroupFigures> byKey = new LinkedHashMap<>();
        source.figures(groupBy, from, to).forEach(f -> byKey.merge(f.key(), f, GroupFigures::plus));
        List<QualityOperationsRow> rows = byKey.values().stream()
                .sorted((a, b) -> Long.compare(a.key(), b.key()))
                .map(QualityOperationsService::row)
                .toList();
        List<QualityOperationsRow> both = rows.stream()
                .filter(r ->
                        r.meanScore().isPresent() && r.averageHandleSeconds().isPresent())
                .toList();
        return new QualityOperations(groupBy, rows, pearson(both), both.size());
    }

    private static QualityOperationsRow row(GroupFigures f) {
        return new QualityOperationsRow(
                f.key(),
                f.reviews(),
                mean(f.scoreTotal(), f.scored()),
                rate(f.passed(), f.reviews()),
                f.contacts(),
                mean(f.handleSeconds(), f.contacts()),
                rate(f.satisfied(), f.surveyed()),
                mean(f.csatTotal(), f.surveyed()),
                rate(f.firstContactResolved(), f.resolvedCases()),
                rate(f.casesWithoutBreach(), f.cases()));
    }

    private static Optional<Double> mean(double total, long count) {
        return count == 0 ? Optional.empty() : Optional.of(total / count);
    }

    private static Optional<Proportion> rate(long hits, long of) {
        return of == 0 ? Optional.empty() : Optional.of(Proportion.wilson(hits, of, NINETY_FIVE));
    }

    /** Pearson's r between mean score and average handle time; empty below three rows or without variation. */
    private static Optional<Double> pearson(List<QualityOperationsRow> rows) {
        if (rows.size() < 3) {
            return Optional.empty();
        }
        double n = rows.size();
        double mx = rows.stream().mapToDouble(r -> r.meanScore().orElseThrow()).sum() / n;
        double my = rows.stream()
                        .mapToDouble(r -> r.averageHandleSeconds().orElseThrow())
                        .sum()
                / n;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (QualityOperationsRow r : rows) {
            double dx = r.meanScore().orElseThrow() - mx;
            double dy = r.averageHandleSeconds().orElseThrow() - my;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }
        return sxx == 0 || syy == 0 ? Optional.empty() : Optional.of(sxy / Math.sqrt(sxx * syy));
    }
}
