package org.frontline.core.domain.schedule;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where agents' shifts are kept. */
public interface ShiftRepository {

    Optional<Shift> findById(long id);

    Shift add(Shift shift);

    /** The agent's shifts (not cancelled) that overlap [from, to), earliest first. */
    List<Shift> overlapping(long agentId, Instant from, Instant to);

    void flush();
}
