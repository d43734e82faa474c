package org.frontline.core.domain.kpi.targets;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.frontline.core.domain.kpi.Grouping;
import org.frontline.core.domain.kpi.Kpi;
import org.frontline.core.domain.kpi.KpiQuery;
import org.frontline.core.domain.kpi.KpiRow;
import org.frontline.core.domain.kpi.KpiService;
import org.frontline.core.domain.kpi.KpiSource;
import org.frontline.core.domain.shared.DuplicateException;
import org.frontline.core.domain.shared.InvalidValueException;
import org.frontline.core.domain.shared.NotFoundException;
import org.frontline.core.domain.shared.StaleVersionException;
import org.frontline.core.domain.team.TeamService;

/**
 * Sets KPI targets (one per team and KPI, and one per KPI for the whole centre) and reports where each stands in a
 * period: on or off target, and improving or worsening against the period of the same length just before.
 */
public class KpiTargetService {
    private static final String KIND = "KPI target";
    /** What the whole centre is called in standings. */
    public static final String WHOLE_CENTRE = "Whole centre";

    private final KpiTargetRepository targets;
    private final TeamService teams;
    private final KpiService kpis;

    public KpiTargetService(KpiTargetRepository targets, TeamService teams, KpiService kpis) {
        this.targets = Objects.requireNonNull(targets, "targets");
        this.teams = Objects.requireNonNull(teams, "teams");
        this.kpis = Objects.requireNonNull(kpis, "kpis");
    }

    public KpiTarget set(Optional<Long> teamId, Kpi kpi, Comparison comparison, double value) {
        teamId.ifPresent(teams::get);
        if (targets.find(teamId, kpi).isPresent()) {
            throw new DuplicateException(
                    KIND, "team and KPI", teamId.map(String::valueOf).orElse("centre") + "/" + kpi.key());
        }
        KpiTarget target = targets.add(new KpiTarget(teamId, kpi, comparison, value));
        targets.flush();
        return target;
    }

    public KpiTarget revise(long id, long expectedVersion, Comparison comparison, double value) {
        KpiTarget target = get(id);
        StaleVersionException.requireCurrent(KIND, id, expectedVersion, target.version());
        target.revise(comparison, value);
        targets.flush();
        return target;
    }

    public void remove(long id) {
        targets.remove(get(id));
    }

    public KpiTarget get(long id) {
        return targets.findById(id).orElseThrow(() -> new NotFoundException(KIND, id));
    }

    public List<KpiTarget> list() {
        return targets.all();
    }

    /** Every target's standing in [from, to), in the centre's time zone. */
    public List<TargetStanding> standings(Instant from, Instant to) {
        if (!from.isBefore(to)) {
            throw new InvalidValueException("from", "must be before to");
        }
        List<KpiTarget> all = targets.all();
        if (all.isEmpty()) {
            return List.of();
        }
        Instant before = from.minus(Duration.between(from, to));
        Map<String, KpiRow> now = rows(from, to, Grouping.TEAM);
        Map<String, KpiRow> then = rows(before, from, Grouping.TEAM);
        Map<String, KpiRow> centreNow = rows(from, to, Grouping.NONE);
        Map<String, KpiRow> centreThen = rows(before, from, Grouping.NONE);
        List<TargetStanding> standings = new ArrayList<>();
        for (KpiTarget target : all) {
            String key = target.teamId().map(String::valueOf).orElse(KpiSource.ALL);
            boolean centre = target.teamId().isEmpty();
            Optional<KpiRow> current = Optional.ofNullable((centre ? centreNow : now).get(key));
            Optional<Double> value = current.map(r -> r.values().get(target.kpi()));
            Optional<Double> previous = Optional.ofNullable((centre ? centreThen : then).get(key))
                    .map(r -> r.values().get(target.kpi()));
            String name = centre
                    ? WHOLE_CENTRE
                    : current.map(KpiRow::label)
                            .orElseGet(() -> teams.get(target.teamId().get()).name());
            standings.add(new TargetStanding(
                    target, name, value, previous, status(target, value), trend(target, value, previous)));
        }
        return standings;
    }

    private Map<String, KpiRow> rows(Instant from, Instant to, Grouping grouping) {
        return kpis.report(new KpiQuery(from, to, kpis.settings().zone(), grouping, Optional.empty())).rows().stream()
                .filter(row -> row.group() != null)
                .collect(Collectors.toMap(KpiRow::group, row -> row));
    }

    private static TargetStatus status(KpiTarget target, Optional<Double> value) {
        return value.map(v ->
                        target.comparison().met(v, target.value()) ? TargetStatus.ON_TARGET : TargetStatus.OFF_TARGET)
                .orElse(TargetStatus.NO_DATA);
    }

    private static Trend trend(KpiTarget target, Optional<Double> value, Optional<Double> previous) {
        if (value.isEmpty() || previous.isEmpty()) {
            return Trend.UNKNOWN;
        }
        if (value.get().equals(previous.get())) {
            return Trend.STEADY;
        }
        return target.comparison().better(value.get(), previous.get()) ? Trend.IMPROVING : Trend.WORSENING;
    }
}
