package org.frontline.qualityaudit.ledger;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.frontline.core.domain.shared.InvalidValueException;
import org.frontline.core.domain.shared.NotFoundException;

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

    /** Verifies the whole chain. */
    public LedgerCheck verify() {
        return verifyFrom(1);
    }

    /**
     * Verifies the chain from this position on, anchored on the hash of the entry before it (e.g. the last one an
     * earlier verification passed).
     */
    public LedgerCheck verifyFrom(long position) {
        if (position < 1) {
            throw new InvalidValueException("from", "positions start at 1, got " + position);
        }
        String anchor = position == 1
                ? LedgerEntry.GENESIS
                : entries.at(position - 1)
                        .map(LedgerEntry::hash)
                        .orElseThrow(() -> new NotFoundException("ledger entry", position - 1));
        AtomicLong checked = new AtomicLong();
        AtomicReference<String> previous = new AtomicReference<>(anchor);
        AtomicReference<LedgerCheck.Broken> broken = new AtomicReference<>();
        entries.forEachFrom(position, entry -> {
            if (broken.get() != null) {
                return;
            }
            long expected = position + checked.getAndIncrement();
            problem(entry, expected, previous.get())
                    .ifPresent(reason -> broken.set(
                            new LedgerCheck.Broken(entry.position(), entry.kind(), entry.recordId(), reason)));
            previous.set(entry.hash());
        });
        return new LedgerCheck(checked.get(), Optional.ofNullable(broken.get()));
    }

    /** The entry that recorded this record: its receipt. */
    public LedgerEntry entryAbout(LedgerKind kind, long recordId) {
        return entries.about(kind, recordId)
                .orElseThrow(
                        () -> new NotFoundException("ledger entry", kind.name().toLowerCase() + " " + recordId));
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
                        + " no longer matches what was recorded: it was changed outside the application ("
                        + firstDifference(entry.payload(), now.get()) + ")");
            }
        }
        return Optional.empty();
    }

    /** The first line that differs between what was recorded and what is there now. */
    private static String firstDifference(String recorded, String now) {
        List<String> was = recorded.lines().toList();
        List<String> is = now.lines().toList();
        for (int i = 0; i < Math.max(was.size(), is.size()); i++) {
            String before = i < was.size() ? was.get(i) : "nothing";
            String after = i < is.size() ? is.get(i) : "nothing";
            if (!before.equals(after)) {
                return "recorded '" + before + "', now '" + after + "'";
            }
        }
        return "the same lines, differently separated";
    }
}
