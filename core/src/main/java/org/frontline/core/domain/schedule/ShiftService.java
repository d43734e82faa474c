package org.frontline.core.domain.schedule;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.frontline.core.domain.agent.AgentService;
import org.frontline.core.domain.shared.InvalidValueException;
import org.frontline.core.domain.shared.NotFoundException;

/** Schedules agents' shifts (never two at once for one agent) and measures their adherence to them. */
public class ShiftService {
    private static final String KIND = "shift";

    private final ShiftRepository shifts;
    private final AgentService agents;
    private final Clock clock;

    public ShiftService(ShiftRepository shifts, AgentService agents, Clock clock) {
        this.shifts = Objects.requireNonNull(shifts, "shifts");
        this.agents = Objects.requireNonNull(agents, "agents");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public Shift schedule(long agentId, Instant startsAt, Instant endsAt) {
        agents.get(agentId);
        Shift shift = new Shift(agentId, startsAt, endsAt);
        List<Shift> clashes = shifts.overlapping(agentId, startsAt, endsAt);
        if (!clashes.isEmpty()) {
            Shift clash = clashes.getFirst();
            throw new InvalidValueException(
                    "startsAt",
                    "agent " + agentId + " already has shift " + clash.id() + " from " + clash.startsAt() + " to "
                            + clash.endsAt());
        }
        Shift added = shifts.add(shift);
        shifts.flush();
        return added;
    }

    /** The agent's shifts overlapping [from, to), earliest first. */
    public List<Shift> of(long agentId, Instant from, Instant to) {
        agents.get(agentId);
        requirePeriod(from, to);
        return shifts.overlapping(agentId, from, to);
    }

    /** Cancels the shift; it stays on record (cancelled), so reports of the days it covered are worked out again. */
    public void cancel(long agentId, long shiftId) {
        Shift shift = shifts.findById(shiftId)
                .filter(s -> s.agentId() == agentId && !s.cancelled())
                .orElseThrow(() -> new NotFoundException(KIND, shiftId));
        shift.cancel(clock.instant());
        shifts.flush();
    }

    /** How much of the agent's scheduled time in [from, to) the status log shows them taking contacts. */
    public Adherence adherence(long agentId, Instant from, Instant to) {
        return ScheduleAdherence.of(
                of(agentId, from, to), agents.statusLog(agentId, from, to), from, to, clock.instant());
    }

    private static void requirePeriod(Instant from, Instant to) {
        if (!from.isBefore(to)) {
            throw new InvalidValueException("from", "the period must end (to) after it starts (from)");
        }
    }
}
