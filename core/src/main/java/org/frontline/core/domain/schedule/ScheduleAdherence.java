package org.frontline.core.domain.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.frontline.core.domain.agent.StatusLogEntry;

/** Measures adherence: the status log's stretches of taking contacts laid over the shifts, within a period. */
public final class ScheduleAdherence {
    private ScheduleAdherence() {}

    /**
     * @param log the agent's status log over the period (an open stretch runs until {@code now})
     */
    public static Adherence of(List<Shift> shifts, List<StatusLogEntry> log, Instant from, Instant to, Instant now) {
        Duration scheduled = Duration.ZERO;
        for (Shift shift : shifts) {
            scheduled = scheduled.plus(overlap(shift.startsAt(), shift.endsAt(), from, to));
        }
        Duration adhering = Duration.ZERO;
        Duration working = Duration.ZERO;
        for (StatusLogEntry entry : log) {
            if (!entry.status().isTakingContacts()) {
                continue;
            }
            Instant end = entry.endedAt() == null ? now : entry.endedAt();
            working = working.plus(overlap(entry.startedAt(), end, from, to));
            for (Shift shift : shifts) {
                Instant start = later(shift.startsAt(), entry.startedAt());
                Instant stop = earlier(shift.endsAt(), end);
                adhering = adhering.plus(overlap(start, stop, from, to));
            }
        }
        return new Adherence(scheduled, adhering, working.minus(adhering));
    }

    /** How much of [start, end) lies within [from, to). */
    private static Duration overlap(Instant start, Instant end, Instant from, Instant to) {
        Instant a = later(start, from);
        Instant b = earlier(end, to);
        return a.isBefore(b) ? Duration.between(a, b) : Duration.ZERO;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
