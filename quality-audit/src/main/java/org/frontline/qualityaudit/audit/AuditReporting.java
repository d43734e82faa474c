package org.frontline.qualityaudit.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.frontline.qualityaudit.dispute.Dispute;
import org.frontline.qualityaudit.review.Review;
import org.frontline.qualityaudit.review.ReviewRating;
import org.frontline.qualityaudit.sampling.Confidence;
import org.frontline.qualityaudit.sampling.Proportion;
import org.frontline.qualityaudit.scorecard.Criterion;
import org.frontline.qualityaudit.scorecard.CriterionKey;
import org.frontline.qualityaudit.scorecard.Rating;
import org.frontline.qualityaudit.scorecard.Scorecard;
import org.frontline.qualityaudit.scorecard.Section;

/** Builds an audit's report from its sampled contacts and their reviews. */
public final class AuditReporting {
    private static final NormalDistribution STANDARD = NormalDistribution.of(0, 1);
    private static final double SIGNIFICANCE = 0.05;

    private AuditReporting() {}

    /** A previous audit's compliance, to compare with. */
    public record Previous(Audit audit, Estimate compliance) {}

    public static AuditReport report(
            Audit audit,
            Scorecard scorecard,
            List<UnitReview> units,
            List<Dispute> disputes,
            Optional<Previous> previous) {
        List<UnitReview> reviewed = units.stream().filter(UnitReview::reviewed).toList();
        Optional<Estimate> compliance = compliance(audit, units);
        return new AuditReport(
                audit,
                scorecard.name(),
                scorecard.version(),
                units.size(),
                reviewed.size(),
                compliance,
                DesignEstimator.meanScore(results(reviewed), audit.strata(), weighted(audit), audit.confidence()),
                criteria(scorecard, reviewed, audit.confidence()),
                groups(units, u -> Long.toString(u.agentId()), audit.confidence()),
                groups(units, u -> u.teamId().map(String::valueOf).orElse("none"), audit.confidence()),
                DisputeSummary.of(disputes),
                previous.flatMap(p -> compliance.map(now -> compare(p, now))));
    }

    /** The audit's compliance estimate alone, e.g. for the next audit to compare with. */
    public static Optional<Estimate> compliance(Audit audit, List<UnitReview> units) {
        List<UnitReview> reviewed = units.stream().filter(UnitReview::reviewed).toList();
        return DesignEstimator.compliance(results(reviewed), audit.strata(), weighted(audit), audit.confidence());
    }

    private static boolean weighted(Audit audit) {
        return audit.design().kind() != DesignKind.SIMPLE_RANDOM;
    }

    private static List<UnitResult> results(List<UnitReview> reviewed) {
        return reviewed.stream()
                .map(u -> {
                    Review review = u.review().orElseThrow();
                    return new UnitResult(
                            u.unit().stratum(),
                            review.passed(),
                            review.total().map(OptionalDouble::of).orElseGet(OptionalDouble::empty));
                })
                .toList();
    }

    private static List<CriterionResult> criteria(
            Scorecard scorecard, List<UnitReview> reviewed, Confidence confidence) {
        Map<CriterionKey, List<Rating>> ratings = new LinkedHashMap<>();
        for (UnitReview unit : reviewed) {
            for (ReviewRating rating : unit.review().orElseThrow().ratings()) {
                ratings.computeIfAbsent(rating.key(), k -> new ArrayList<>()).add(rating.rating());
            }
        }
        List<CriterionResult> results = new ArrayList<>();
        for (Section section : scorecard.sections()) {
            for (Criterion criterion : section.criteria()) {
                List<Rating> given =
                        ratings.getOrDefault(new CriterionKey(section.name(), criterion.name()), List.of());
                List<Integer> values = given.stream()
                        .filter(Rating.Value.class::isInstance)
                        .map(r -> ((Rating.Value) r).value())
                        .toList();
                long failures =
                        values.stream().filter(criterion.scale()::isBottom).count();
                results.add(new CriterionResult(
                        section.name(),
                        criterion.name(),
                        criterion.scale(),
                        criterion.critical(),
                        values.size(),
                        given.size() - values.size(),
                        values.isEmpty()
                                ? Optional.empty()
                                : Optional.of(Proportion.wilson(failures, values.size(), confidence)),
                        values.stream()
                                .mapToDouble(v -> criterion.scale().share(criterion.name(), v))
                                .average()
                                .stream()
                                .boxed()
                                .findFirst()));
            }
        }
        return results;
    }

    private static List<GroupResult> groups(
            List<UnitReview> units, Function<AuditUnit, String> key, Confidence confidence) {
        Map<String, List<UnitReview>> byKey = new TreeMap<>();
        units.forEach(u -> byKey.computeIfAbsent(key.apply(u.unit()), k -> new ArrayList<>())
                .add(u));
        List<GroupResult> groups = new ArrayList<>();
        byKey.forEach((name, members) -> {
            List<Review> reviews = members.stream()
                    .filter(UnitReview::reviewed)
                    .map(u -> u.review().orElseThrow())
                    .toList();
            long passed = reviews.stream().filter(Review::passed).count();
            groups.add(new GroupResult(
                    name,
                    members.size(),
                    reviews.size(),
                    reviews.isEmpty()
                            ? Optional.empty()
                            : Optional.of(Proportion.wilson(passed, reviews.size(), confidence)),
                    reviews.stream()
                            .flatMap(r -> r.total().stream())
                            .mapToDouble(Double::doubleValue)
                            .average()
                            .stream()
                            .boxed()
                            .findFirst()));
        });
        return groups;
    }

    private static AuditComparison compare(Previous previous, Estimate now) {
        double change = now.value() - previous.compliance().value();
        double error = Math.hypot(now.standardError(), previous.compliance().standardError());
        Optional<Double> p =
                error > 0 ? Optional.of(2 * STANDARD.survivalProbability(Math.abs(change) / error)) : Optional.empty();
        return new AuditComparison(
                previous.audit().id(),
                previous.audit().name(),
                previous.compliance().value(),
                change,
                p,
                p.map(value -> value < SIGNIFICANCE).orElse(false));
    }
}
