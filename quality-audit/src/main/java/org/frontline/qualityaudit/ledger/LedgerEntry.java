package org.frontline.qualityaudit.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One link of the QA hash chain: its position, what it records (kind, record id, the record's canonical text) and
 * when, the previous link's hash, and its own: SHA-256 over all of those, so changing any entry, or any record after
 * it was written, shows.
 */
@Entity
@Table(name = "qa_ledger")
public class LedgerEntry {
    /** The previous hash of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    @Id
    private long position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private LedgerKind kind;

    @Column(name = "record_id", nullable = false)
    private long recordId;

    @Column(nullable = false, length = 20000)
    private String payload;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "previous_hash", nullable = false, length = 64)
    private String previousHash;

    @Column(nullable = false, length = 64)
    private String hash;

    /** For Jakarta Persistence only. */
    protected LedgerEntry() {}

    /** @param recordedAt kept to the microsecond, as the database keeps it, so the hash survives a round trip */
    LedgerEntry(
            long position, LedgerKind kind, long recordId, String payload, Instant recordedAt, String previousHash) {
        this.position = position;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.recordId = recordId;
        this.payload = Objects.requireNonNull(payload, "payload");
        this.recordedAt = recordedAt.truncatedTo(ChronoUnit.MICROS);
        this.previousHash = Objects.requireNonNull(previousHash, "previousHash");
        this.hash = computedHash();
    }

    /** The hash this entry should carry, computed afresh from what it holds. */
    public String computedHash() {
        String text =
                previousHash + "\n" + position + "\n" + kind + "\n" + recordId + "\n" + recordedAt + "\n" + payload;
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    public long position() {
        return position;
    }

    public LedgerKind kind() {
        return kind;
    }

    public long recordId() {
        return recordId;
    }

    public String payload() {
        return payload;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String previousHash() {
        return previousHash;
    }

    public String hash() {
        return hash;
    }
}
