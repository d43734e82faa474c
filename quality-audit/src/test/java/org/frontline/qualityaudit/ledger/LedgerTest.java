package org.frontline.qualityaudit.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The hash chain: appends link up, and any altered entry, missing entry or altered record is found by position. */
class LedgerTest {

    /** Entries in a list, as the ledger sees its repository. */
    private static final class ListedEntries implements LedgerRepository {
        final List<LedgerEntry> entries = new ArrayList<>();

        @Override
        public Optional<LedgerEntry> lockedLast() {
            return entries.isEmpty() ? Optional.empty() : Optional.of(entries.getLast());
        }

        @Override
        public void add(LedgerEntry entry) {
            entries.add(entry);
        }

        @Override
        public void forEachFrom(long position, Consumer<LedgerEntry> consumer) {
            entries.stream().filter(e -> e.position() >= position).forEach(consumer);
        }

        @Override
        public Optional<LedgerEntry> at(long position) {
            return entries.stream().filter(e -> e.position() == position).findFirst();
        }

        @Override
        public Optional<LedgerEntry> about(LedgerKind kind, long recordId) {
            return entries.stream()
                    .filter(e -> e.kind() == kind && e.recordId() == recordId)
                    .findFirst();
        }
    }

    private final ListedEntries entries = new ListedEntries();
    private final Map<Long, String> reviews = new HashMap<>();
    private final Ledger ledger = new Ledger(
            entries,
            Map.of(LedgerKind.REVIEW, id -> Optional.ofNullable(reviews.get(id))),
            Clock.fixed(Instant.parse("2026-12-01T09:00:00.123456789Z"), ZoneOffset.UTC));

    private void record(long review, String text) {
        reviews.put(review, text);
        ledger.append(LedgerKind.REVIEW, review, text);
    }

    private static void set(LedgerEntry entry, String field, Object value) throws ReflectiveOperationException {
        Field f = LedgerEntry.class.getDeclaredField(field);
        f.setAccessible(true);
        f.set(entry, value);
    }

    @Test
    void eachEntryCarriesThePreviousOnesHashAndTheChainVerifies() {
        record(1, "review 1\ntotal 80.0");
        record(2, "review 2\ntotal 55.0");
        ledger.append(LedgerKind.AUDIT, 9, "audit 9\ncompliance 0.5");

        assertThat(entries.entries.getFirst().previousHash()).isEqualTo(LedgerEntry.GENESIS);
        assertThat(entries.entries.get(1).previousHash())
                .isEqualTo(entries.entries.getFirst().hash());
        assertThat(entries.entries.getFirst().recordedAt()).isEqualTo(Instant.parse("2026-12-01T09:00:00.123456Z"));
        LedgerCheck check = ledger.verify();
        assertThat(check.intact()).isTrue();
        assertThat(check.entries()).isEqualTo(3);
    }

    @Test
    void anEntryAlteredInPlaceIsNamed() throws ReflectiveOperationException {
        record(1, "review 1\ntotal 80.0");
        record(2, "review 2\ntotal 55.0");
        record(3, "review 3\ntotal 90.0");
        set(entries.entries.get(1), "payload", "review 2\ntotal 95.0");

        LedgerCheck.Broken broken = ledger.verify().firstBroken().orElseThrow();

        assertThat(broken.position()).isEqualTo(2);
        assertThat(broken.reason()).contains("the entry was altered");
    }

    @Test
    void anEntryForgedWithAFreshHashBreaksTheNextLink() throws ReflectiveOperationException {
        record(1, "review 1\ntotal 80.0");
        record(2, "review 2\ntotal 55.0");
        LedgerEntry forged = entries.entries.getFirst();
        set(forged, "payload", "review 1\ntotal 100.0");
        set(forged, "hash", forged.computedHash());
        reviews.put(1L, "review 1\ntotal 100.0");

        LedgerCheck.Broken broken = ledger.verify().firstBroken().orElseThrow();

        assertThat(broken.position()).isEqualTo(2);
        assertThat(broken.reason()).contains("previous hash");
    }

    @Test
    void aRecordChangedBehindTheApplicationsBackIsNamed() {
        record(1, "review 1\ntotal 80.0");
        record(2, "review 2\ntotal 55.0");
        reviews.put(2L, "review 2\ntotal 75.0");

        LedgerCheck.Broken broken = ledger.verify().firstBroken().orElseThrow();

        assertThat(broken.position()).isEqualTo(2);
        assertThat(broken.recordId()).isEqualTo(2);
        assertThat(broken.reason()).contains("no longer matches what was recorded");
    }

    @Test
    void aMissingEntryIsNamed() {
        record(1, "review 1\ntotal 80.0");
        record(2, "review 2\ntotal 55.0");
        record(3, "review 3\ntotal 90.0");
        entries.entries.remove(1);

        LedgerCheck.Broken broken = ledger.verify().firstBroken().orElseThrow();

        assertThat(broken.position()).isEqualTo(3);
        assertThat(broken.reason()).contains("entry 2 is missing");
    }

    @Test
    void verifiesFromAPositionAnchoredOnTheEntryBefore() throws ReflectiveOperationException {
        record(1, "review 1\ntotal 80.0");
        record(2, "review 2\ntotal 55.0");
        record(3, "review 3\ntotal 90.0");
        set(entries.entries.getFirst(), "payload", "review 1\ntotal 99.0");

        LedgerCheck fromTwo = ledger.verifyFrom(2);

        assertThat(fromTwo.intact()).isTrue();
        assertThat(fromTwo.entries()).isEqualTo(2);
        assertThat(ledger.verify().firstBroken().orElseThrow().position()).isEqualTo(1);
        assertThat(ledger.entryAbout(LedgerKind.REVIEW, 3).position()).isEqualTo(3);
    }
}
