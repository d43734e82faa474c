package org.frontline.core.domain.kpi;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Keeps the daily KPI roll-ups current: every run rolls up again each rolled-up day whose rows changed since (late
 * contacts, revised contacts, the earlier contacts whose first-contact resolution a new contact decides, new status-log
 * stretches), then up to a number of days never rolled up under the current settings, newest first. Reports read
 * changed and missing days from the rows meanwhile, so they are never stale.
 */
public class KpiRollUp {
    private final KpiSource source;
    private final KpiRollUpStore store;
    private final KpiSettings settings;
    private final Clock clock;

    public KpiRollUp(KpiSource source, KpiRollUpStore store, KpiSettings settings, Clock clock) {
        this.source = Objects.requireNonNull(source, "source");
        this.store = Objects.requireNonNull(store, "store");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** One run, in the caller's transaction; at most {@code maxNewDays} days not rolled up before are added. */
    public RollUpRun refresh(int maxNewDays) {
        if (maxNewDays < 0) {
            throw new IllegalArgumentException("maxNewDays must be >= 0, got " + maxNewDays);
        }
        store.lock();
        Optional<Instant> firstActivity = store.firstActivity();
        if (firstActivity.isEmpty()) {
            return new RollUpRun(0, 0);
        }
        Instant now = clock.instant();
        LocalDate first = firstActivity.get().atZone(settings.zone()).toLocalDate();
        LocalDate today = now.atZone(settings.zone()).toLocalDate();
        Set<LocalDate> rolled = source.rolledUpDays(first, today, settings.rollUpFingerprint());
        Set<LocalDate> stale = new TreeSet<>();
        if (!rolled.isEmpty()) {
            LocalDate earliest = rolled.stream().min(Comparator.naturalOrder()).orElseThrow();
            LocalDate latest = rolled.stream().max(Comparator.naturalOrder()).orElseThrow();
            stale.addAll(ChangedDays.of(
                    source.changedSinceRollUp(
                            ReportPlan.start(earliest, settings.zone()),
                            ReportPlan.start(latest.plusDays(1), settings.zone()),
                            settings.repeatWindow()),
                    settings.zone()));
            stale.retainAll(rolled);
        }
        List<LocalDate> missing = first.datesUntil(today.plusDays(1))
                .filter(day -> !rolled.contains(day))
                .sorted(Comparator.reverseOrder())
                .toList();
        stale.forEach(day -> store.rollUp(day, settings, now));
        List<LocalDate> added = missing.subList(0, Math.min(maxNewDays, missing.size()));
        added.forEach(day -> store.rollUp(day, settings, now));
        return new RollUpRun(stale.size() + added.size(), missing.size() - added.size());
    }
}
