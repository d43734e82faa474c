package org.frontline.qualityaudit.competency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.frontline.core.domain.shared.InvalidValueException;

/**
 * What a team calls competent: in one week, at least {@code minContacts} handled contacts with an average handle time
 * of at most {@code ahtSeconds}, and a mean QA score of at least {@code qaScore} over the reviews of the contacts of
 * that week and the three before.
 */
@Entity
@Table(name = "competency_standard")
public class CompetencyStandard {
    @Id
    @Column(name = "team_id")
    private Long teamId;

    @Version
    private long version;

    @Column(name = "qa_score", nullable = false)
    private double qaScore;

    @Column(name = "aht_seconds", nullable = false)
    private int ahtSeconds;

    @Column(name = "min_contacts", nullable = false)
    private int minContacts;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** For Jakarta Persistence only. */
    protected CompetencyStandard() {}

    public CompetencyStandard(long teamId, double qaScore, int ahtSeconds, int minContacts, Instant now) {
        this.teamId = teamId;
        set(qaScore, ahtSeconds, minContacts, now);
    }

    /** Replaces the standard's figures. */
    public void set(double qaScore, int ahtSeconds, int minContacts, Instant now) {
        if (!(qaScore >= 0 && qaScore <= 100)) {
            throw new InvalidValueException("qaScore", "must be 0 to 100, got " + qaScore);
        }
        if (ahtSeconds < 1 || ahtSeconds > 86_400) {
            throw new InvalidValueException("ahtSeconds", "must be 1 to 86400 seconds, got " + ahtSeconds);
        }
        if (minContacts < 1 || minContacts > 10_000) {
            throw new InvalidValueException("minContacts", "must be 1 to 10000, got " + minContacts);
        }
        this.qaScore = qaScore;
        this.ahtSeconds = ahtSeconds;
        this.minContacts = minContacts;
        this.updatedAt = Objects.requireNonNull(now, "now");
    }

    /** Whether one week's figures meet the standard. */
    boolean metBy(AgentWeek week, Double trailingQaScore) {
        return week.handled() >= minContacts
                && week.handleSeconds() <= (long) ahtSeconds * week.handled()
                && trailingQaScore != null
                && trailingQaScore >= qaScore;
    }

    public long teamId() {
        return teamId;
    }

    public long version() {
        return version;
    }

    public double qaScore() {
        return qaScore;
    }

    public int ahtSeconds() {
        return ahtSeconds;
    }

    public int minContacts() {
        return minContacts;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
