package org.frontline.core.demo;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.SplittableRandom;
import org.frontline.core.domain.agent.AgentStatus;
import org.frontline.core.domain.agent.AgentStatusInterval;

/**
 * Generates the demo agents' status logs day by day: each agent works weekdays on one of three shifts (starting 07:00,
 * 09:00 or 11:00 UTC, eight and a half hours) with a 15-minute break after two hours, a 30-minute lunch after four and
 * another break after six and a half (AWAY), is absent about one day in twenty, and on shift alternates available,
 * busy and wrap-up stretches; offline the rest of the time. Each agent's log is continuous from the first day's
 * midnight to the last day's end, cut at UTC midnights as the platform stores it.
 */
public final class StatusLogStream implements Iterator<StatusRow> {
    private static final int[] SHIFT_STARTS = {7, 9, 11};
    private static final Duration SHIFT = Duration.ofMinutes(510);
    private static final long[][] BREAKS = {{120, 15}, {240, 30}, {390, 15}};
    private static final double ABSENCE = 0.05;

    private final SplittableRandom random;
    private final long[] agentIds;
    private final int[] shifts;
    private final Instant[] loggedUntil;
    private final LocalDate firstDay;
    private final LocalDate lastDay;
    private final ArrayDeque<StatusRow> buffer = new ArrayDeque<>();
    private LocalDate day;

    public StatusLogStream(SplittableRandom random, long[] agentIds, LocalDate firstDay, int days) {
        this.random = Objects.requireNonNull(random, "random");
        if (days < 1) {
            throw new IllegalArgumentException("days must be >= 1, got " + days);
        }
        this.agentIds = agentIds.clone();
        this.shifts = new int[agentIds.length];
        this.loggedUntil = new Instant[agentIds.length];
        for (int i = 0; i < agentIds.length; i++) {
            shifts[i] = SHIFT_STARTS[random.nextInt(SHIFT_STARTS.length)];
            loggedUntil[i] = firstDay.atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        this.day = firstDay;
        this.firstDay = firstDay;
        this.lastDay = firstDay.plusDays(days - 1L);
    }

    @Override
    public boolean hasNext() {
        while (buffer.isEmpty() && !day.isAfter(lastDay)) {
            generateDay();
            day = day.plusDays(1);
        }
        return !buffer.isEmpty();
    }

    /**
     * The shifts the agents are scheduled for on every weekday of the stream's days, absent days included (that is
     * what schedule adherence measures); the same whether taken before, during or after streaming the log.
     */
    public List<ShiftRow> shifts() {
        List<ShiftRow> rows = new ArrayList<>();
        for (LocalDate d = firstDay; !d.isAfter(lastDay); d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() < DayOfWeek.SATURDAY.getValue()) {
                for (int i = 0; i < agentIds.length; i++) {
                    Instant start =
                            d.atStartOfDay(ZoneOffset.UTC).plusHours(shifts[i]).toInstant();
                    rows.add(new ShiftRow(agentIds[i], start, start.plus(SHIFT)));
                }
            }
        }
        return rows;
    }

    @Override
    public StatusRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return buffer.poll();
    }

    private void generateDay() {
        boolean weekday = day.getDayOfWeek().getValue() < DayOfWeek.SATURDAY.getValue();
        Instant midnight = day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        for (int i = 0; i < agentIds.length; i++) {
            if (weekday && random.nextDouble() >= ABSENCE) {
                Instant start =
                        day.atStartOfDay(ZoneOffset.UTC).plusHours(shifts[i]).toInstant();
                add(i, AgentStatus.OFFLINE, start);
                work(i, start);
            }
            if (day.equals(lastDay)) {
                add(i, AgentStatus.OFFLINE, midnight);
            }
        }
    }

    /** One shift: breaks at their times, contact work in between. */
    private void work(int agent, Instant start) {
        List<Instant[]> breaks = new ArrayList<>();
        for (long[] b : BREAKS) {
            Instant from = start.plus(Duration.ofMinutes(b[0]));
            breaks.add(new Instant[] {from, from.plus(Duration.ofMinutes(b[1]))});
        }
        Instant end = start.plus(SHIFT);
        for (Instant[] b : breaks) {
            handleContactsUntil(agent, b[0]);
            add(agent, AgentStatus.AWAY, b[1]);
        }
        handleContactsUntil(agent, end);
    }

    private void handleContactsUntil(int agent, Instant until) {
        AgentStatus[] cycle = {AgentStatus.AVAILABLE, AgentStatus.BUSY, AgentStatus.WRAP_UP};
        long[][] seconds = {{30, 240}, {180, 540}, {30, 120}};
        int step = 0;
        while (loggedUntil[agent].isBefore(until)) {
            long[] range = seconds[step];
            Instant next = loggedUntil[agent].plusSeconds(range[0] + random.nextLong(range[1] - range[0]));
            add(agent, cycle[step], next.isAfter(until) ? until : next);
            step = (step + 1) % cycle.length;
        }
    }

    /** The agent was in {@code status} from where their log stands until {@code end}. */
    private void add(int agent, AgentStatus status, Instant end) {
        Instant start = loggedUntil[agent];
        if (end.isAfter(start)) {
            for (Instant midnight : AgentStatusInterval.utcMidnightsWithin(start, end)) {
                buffer.add(new StatusRow(agentIds[agent], status, start, midnight));
                start = midnight;
            }
            buffer.add(new StatusRow(agentIds[agent], status, start, end));
            loggedUntil[agent] = end;
        }
    }
}
