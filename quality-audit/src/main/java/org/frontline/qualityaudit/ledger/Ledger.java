package org.frontline.qualityaudit.ledger;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The QA hash chain: appends entries one at a time under the chain's lock, and verifies the chain from the first
 * entry: each entry's hash must be its own content's, its previous hash the entry before's, positions must follow
 * each other, and each review or dispute recorded must still match that record as it stands (both are fixed once
 * recorded: a change to a review is a new revision, recorded in turn).
 */
public class Ledger {
    private final LedgerRepository entries;
    private final Map<LedgerKind, RecordText> current;
    private final Clock clock;

    /** @param current how to read each kind of record as it stands now; kinds without one are checked as chained */
    public Ledger(LedgerRepository entries, Map<LedgerKind, RecordText> current, Clock clock) {
        this.entries = Objects.requireNonNull(entries, "entries");
        this.current = new EnumMap<>(LedgerKind.class);
        this.current.putAll(current);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public LedgerEntry append(LedgerKind kind, long recordId, String payload) {
        Optional<LedgerEntry> last = entries.lockedLast();
        LedgerEntry entry = new LedgerEntry(
                last.map(e -> e.position() + 1).orElse(1L),
                kind,
                recordId,
                payload,
                clock.instant(),
                last.map(LedgerEntry::hash).orElse(LedgerEntry.GENESIS));
        entries.add(entry);
        return entry;
    }

    public LedgerCheck verify() {
        AtomicLong checked = new AtomicLong();
        AtomicReference<String> previous = new AtomicReference<>(LedgerEntry.GENESIS);
        AtomicReference<LedgerCheck.Broken> broken = new AtomicReference<>();
        entries.forEach(entry -> {
            if (broken.get() != null) {
                return;
            }
            checked.incrementAndGet();
            problem(entry, checked.get(), previous.get())
                    .ifPresent(reason -> broken.set(
                            new LedgerCheck.Broken(entry.position(), entry.kind(), entry.recordId(), reason)));
            previous.set(entry.hash());
        });
        return new LedgerCheck(checked.get(), Optional.ofNullable(broken.get()));
    }

    private Optional<String> problem(LedgerEntry entry, long expectedPosition, String previousHash) {
        if (entry.position() != expectedPosition) {
            return Optional.of("entry " + expectedPosition + " is missing: the next one is " + entry.position());
        }
        if (!entry.previousHash().equals(previousHash)) {
            return Optional.of("its previous hash is not the hash of the entry before it");
        }
        if (!entry.hash().equals(entry.computedHash())) {
            return Optional.of("its content no longer matches its hash: the entry was altered");
        }
        RecordText text = current.get(entry.kind());
        if (text != null) {
            Optional<String> now = text.of(entry.recordId());
            if (now.isEmpty()) {
                return Optional.of(entry.kind().name().toLowerCase() + " " + entry.recordId() + " is gone");
            }
            if (!now.get().equals(entry.payload())) {
                return Optional.of(entry.kind().name().toLowerCase() + " " + entry.recordId()
                        + " no longer matches what was recorded: it was changed outside the application");
            }
        }
        return Optional.empty();
    }
}
