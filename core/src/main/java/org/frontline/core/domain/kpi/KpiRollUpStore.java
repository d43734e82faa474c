package org.frontline.core.domain.kpi;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** Where the daily roll-ups are written. */
public interface KpiRollUpStore {
    /** Serialises roll-up runs across servers until the transaction ends. */
    void lock();

    /** When the first contact arrived or the first status-log stretch started; empty when there are none. */
    Optional<Instant> firstActivity();

    /**
     * Rolls one reporting day up anew from its rows, under these settings: first marks the day's pending rows as
     * rolled up (so a change committed meanwhile waits for the lock and is marked pending again), then replaces the
     * day's roll-up rows.
     */
    void rollUp(LocalDate day, KpiSettings settings, Instant now);
}
