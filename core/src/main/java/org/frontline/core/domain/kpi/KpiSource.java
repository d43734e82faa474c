package org.frontline.core.domain.kpi;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Where KPI tallies are summed: in the database, from the rows or from the daily roll-ups. */
public interface KpiSource {
    /** The group key of {@link Grouping#NONE}. */
    String ALL = "all";

    /**
     * Contact tallies of each group in each piece, by arrival time; first-contact resolution counts only contacts
     * that arrived before {@code fcrSettledBefore}.
     */
    Map<Cell, ContactTally> contacts(
            List<Piece> pieces, Grouping grouping, KpiSettings settings, Instant fcrSettledBefore);

    /** Agents' status time of each group in each piece, status-log stretches clipped to the piece. */
    Map<Cell, AgentTimeTally> agentTime(List<Piece> pieces, Grouping grouping);

    /** Case tallies of each group in each piece, by when the case was raised (always from the rows: cases are few). */
    Map<Cell, CaseTally> cases(List<Piece> pieces, Grouping grouping);

    /** Rolled-up contact tallies by day and group, for the days in [first, last]. */
    Map<DayGroup, ContactTally> rolledUpContacts(LocalDate first, LocalDate last, Grouping grouping);

    /** Rolled-up status time by day and group, for the days in [first, last]. */
    Map<DayGroup, AgentTimeTally> rolledUpAgentTime(LocalDate first, LocalDate last, Grouping grouping);

    /** The days in [first, last] rolled up under settings with this fingerprint. */
    Set<LocalDate> rolledUpDays(LocalDate first, LocalDate last, String fingerprint);

    /**
     * The stretches of [from, to) whose rows changed since they were rolled up: changed contacts, the earlier contacts
     * whose first-contact resolution they may decide (same customer, within the repeat window), and new status-log
     * stretches; to the hour, so a backlog of changes stays a short list.
     */
    List<Interval> changedSinceRollUp(Instant from, Instant to, Duration repeatWindow);

    /** What to call each group: team and agent names, otherwise the key itself. */
    Map<String, String> labels(Grouping grouping, Set<String> keys);
}
