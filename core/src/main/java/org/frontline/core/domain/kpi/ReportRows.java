package org.frontline.core.domain.kpi;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns summed tallies into a report's rows: every group in every interval (an interval without data still gets its
 * rows, so a series has no holes), each KPI's formula applied, rows by interval then label.
 */
final class ReportRows {
    private ReportRows() {}

    /** The groups that have data, and the whole centre's for {@link Grouping#NONE} even without. */
    @SafeVarargs
    static Set<String> groups(Grouping grouping, Collection<Cell>... cells) {
        Set<String> groups = new TreeSet<>(Comparator.nullsLast(Comparator.naturalOrder()));
        for (Collection<Cell> some : cells) {
            some.forEach(cell -> groups.add(cell.group()));
        }
        if (grouping == Grouping.NONE) {
            groups.add(KpiSource.ALL);
        }
        return groups;
    }

    static List<KpiRow> of(
            Grouping grouping,
            List<Interval> intervals,
            Set<String> groups,
            Map<String, String> labels,
            Map<Cell, ContactTally> contacts,
            Map<Cell, AgentTimeTally> agentTime,
            Map<Cell, CaseTally> cases,
            ShortAbandons shortAbandons) {
        List<KpiRow> rows = new ArrayList<>();
        for (int i = 0; i < intervals.size(); i++) {
            List<KpiRow> inInterval = new ArrayList<>();
            for (String group : groups) {
                Cell cell = new Cell(i, group);
                Figures figures = new Figures(
                        contacts.getOrDefault(cell, ContactTally.NONE),
                        agentTime.getOrDefault(cell, AgentTimeTally.NONE),
                        cases.getOrDefault(cell, CaseTally.NONE),
                        shortAbandons);
                Map<Kpi, Double> values = new EnumMap<>(Kpi.class);
                for (Kpi kpi : Kpi.values()) {
                    Double value = grouping.measures(kpi.basis()) ? kpi.of(figures) : null;
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
