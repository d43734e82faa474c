package org.frontline.core.domain.kpi;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.stream.Collectors;
import org.frontline.core.domain.shared.Progress;

/**
 * Works out KPI reports: plans which whole days the roll-ups can serve, has the database sum the rest from the rows,
 * adds the tallies up per interval and group, and applies each KPI's formula.
 */
public class KpiService {
    /** The steps a report's progress counts. */
    static final int STEPS = 3;

    private final KpiSource source;
    private final KpiSettings settings;
    private final Clock clock;

    public KpiService(KpiSource source, KpiSettings settings, Clock clock) {
        this.source = Objects.requireNonNull(source, "source");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public KpiSettings settings() {
        return settings;
    }

    public KpiReport report(KpiQuery query) {
        return report(query, Progress.NONE);
    }

    /** The report, telling {@code progress} as each of its {@value #STEPS} steps (rows, roll-ups, cases) is done. */
    public KpiReport report(KpiQuery query, Progress progress) {
        List<Interval> intervals = Intervals.of(query.from(), query.to(), query.zone(), query.granularity());
        progress.reached(0, STEPS);
        Instant settled = fcrSettledBefore();
        ReportPlan plan = plan(query, intervals);
        Grouping grouping = query.grouping();
        Map<Cell, ContactTally> contacts = new HashMap<>();
        Map<Cell, AgentTimeTally> agentTime = new HashMap<>();
        if (!plan.pieces().isEmpty()) {
            contacts.putAll(source.contacts(plan.pieces(), grouping, settings, settled));
            if (grouping.splitsAgentTime()) {
                agentTime.putAll(source.agentTime(plan.pieces(), grouping));
            }
        }
        progress.reached(1, STEPS);
        if (!plan.rolledUpDays().isEmpty()) {
            LocalDate first = plan.rolledUpDays().keySet().stream()
                    .min(Comparator.naturalOrder())
                    .orElseThrow();
            LocalDate last = plan.rolledUpDays().keySet().stream()
                    .max(Comparator.naturalOrder())
                    .orElseThrow();
            // A day's first-contact resolution counts once its repeat window has passed.
            addDays(
                    plan,
                    source.rolledUpContacts(first, last, grouping),
                    contacts,
                    ContactTally::plus,
                    (day, t) ->
                            ReportPlan.start(day.plusDays(1), settings.zone()).isAfter(settled) ? t.withoutFcr() : t);
            if (grouping.splitsAgentTime()) {
                addDays(
                        plan,
                        source.rolledUpAgentTime(first, last, grouping),
                        agentTime,
                        AgentTimeTally::plus,
                        (d, t) -> t);
            }
        }
        progress.reached(2, STEPS);
        Map<Cell, CaseTally> cases = grouping.splitsCases()
                ? source.cases(ReportPlan.rowsOnly(intervals).pieces(), grouping)
                : Map.of();
        progress.reached(3, STEPS);
        Set<String> groups = ReportRows.groups(grouping, contacts.keySet(), agentTime.keySet(), cases.keySet());
        Map<String, String> labels = source.labels(
                query.grouping(), groups.stream().filter(Objects::nonNull).collect(Collectors.toSet()));
        return new KpiReport(
                query,
                ReportRows.of(
                        grouping, intervals, groups, labels, contacts, agentTime, cases, settings.shortAbandons()));
    }

    /** Adds the rolled-up tallies of the days the plan takes from the roll-ups to their intervals' cells. */
    private static <T> void addDays(
            ReportPlan plan,
            Map<DayGroup, T> rolledUp,
            Map<Cell, T> into,
            BinaryOperator<T> plus,
            BiFunction<LocalDate, T, T> asOfToday) {
        rolledUp.forEach((dayGroup, tally) -> {
            Integer interval = plan.rolledUpDays().get(dayGroup.day());
            if (interval != null) {
                into.merge(new Cell(interval, dayGroup.group()), asOfToday.apply(dayGroup.day(), tally), plus);
            }
        });
    }

    /**
     * First-contact resolution counts contacts of the days whose repeat window has passed: those before the start of
     * the reporting day that holds now minus the window.
     */
    public Instant fcrSettledBefore() {
        LocalDate day = clock.instant()
                .minus(settings.repeatWindow())
                .atZone(settings.zone())
                .toLocalDate();
        return ReportPlan.start(day, settings.zone());
    }

    private ReportPlan plan(KpiQuery query, List<Interval> intervals) {
        boolean wholeDays = query.granularity().map(Granularity::wholeDays).orElse(true);
        if (!wholeDays || !query.zone().equals(settings.zone())) {
            return ReportPlan.rowsOnly(intervals);
        }
        LocalDate first = query.from().atZone(settings.zone()).toLocalDate();
        LocalDate last = query.to().atZone(settings.zone()).toLocalDate();
        Set<LocalDate> usable = new TreeSet<>(source.rolledUpDays(first, last, settings.rollUpFingerprint()));
        if (!usable.isEmpty()) {
            usable.removeAll(ChangedDays.of(
                    source.changedSinceRollUp(
                            ReportPlan.start(first, settings.zone()),
                            ReportPlan.start(last.plusDays(1), settings.zone()),
                            settings.repeatWindow()),
                    settings.zone()));
        }
        return ReportPlan.of(intervals, settings.zone(), usable);
    }
}
