package org.frontline.core.domain.kpi;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Works out KPI reports: plans which whole days the roll-ups can serve, has the database sum the rest from the rows,
 * adds the tallies up per interval and group, and applies each KPI's formula.
 */
public class KpiService {
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
        List<Interval> intervals = Intervals.of(query.from(), query.to(), query.zone(), query.granularity());
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
        if (!plan.rolledUpDays().isEmpty()) {
            LocalDate first = plan.rolledUpDays().keySet().stream()
                    .min(Comparator.naturalOrder())
                    .orElseThrow();
            LocalDate last = plan.rolledUpDays().keySet().stream()
                    .max(Comparator.naturalOrder())
                    .orElseThrow();
            source.rolledUpContacts(first, last, grouping).forEach((dayGroup, tally) -> {
                Integer interval = plan.rolledUpDays().get(dayGroup.day());
                if (interval != null) {
                    boolean fcrSettled = !ReportPlan.start(dayGroup.day().plusDays(1), settings.zone())
                            .isAfter(settled);
                    contacts.merge(
                            new Cell(interval, dayGroup.group()),
                            fcrSettled ? tally : tally.withoutFcr(),
                            ContactTally::plus);
                }
            });
            if (grouping.splitsAgentTime()) {
                source.rolledUpAgentTime(first, last, grouping).forEach((dayGroup, tally) -> {
                    Integer interval = plan.rolledUpDays().get(dayGroup.day());
                    if (interval != null) {
                        agentTime.merge(new Cell(interval, dayGroup.group()), tally, AgentTimeTally::plus);
                    }
                });
            }
        }
        return new KpiReport(query, rows(query, intervals, contacts, agentTime));
    }

    /**
     * First-contact resolution counts contacts of the days whose repeat window has passed: those before the start of
     * the reporting day that holds now minus the window.
     */
    Instant fcrSettledBefore() {
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

    private List<KpiRow> rows(
            KpiQuery query,
            List<Interval> intervals,
            Map<Cell, ContactTally> contacts,
            Map<Cell, AgentTimeTally> agentTime) {
        Set<String> groups = new TreeSet<>(Comparator.nullsLast(Comparator.naturalOrder()));
        contacts.keySet().forEach(cell -> groups.add(cell.group()));
        agentTime.keySet().forEach(cell -> groups.add(cell.group()));
        if (query.grouping() == Grouping.NONE) {
            groups.add(KpiSource.ALL);
        }
        Map<String, String> labels = source.labels(
                query.grouping(),
                groups.stream().filter(Objects::nonNull).collect(java.util.stream.Collectors.toSet()));
        List<KpiRow> rows = new ArrayList<>();
        for (int i = 0; i < intervals.size(); i++) {
            List<KpiRow> inInterval = new ArrayList<>();
            for (String group : groups) {
                Cell cell = new Cell(i, group);
                Figures figures = new Figures(
                        contacts.getOrDefault(cell, ContactTally.NONE),
                        agentTime.getOrDefault(cell, AgentTimeTally.NONE),
                        settings.shortAbandons());
                Map<Kpi, Double> values = new EnumMap<>(Kpi.class);
                for (Kpi kpi : Kpi.values()) {
                    Double value = kpi.fromAgentTime() && !query.grouping().splitsAgentTime() ? null : kpi.of(figures);
                    if (value != null) {
                        values.put(kpi, value);
                    }
                }
                String label = group == null ? "(none)" : labels.getOrDefault(group, group);
                inInterval.add(
                        new KpiRow(intervals.get(i).start(), intervals.get(i).end(), group, label, values));
            }
            inInterval.sort(Comparator.comparing(KpiRow::label));
            rows.addAll(inInterval);
        }
        return rows;
    }
}
