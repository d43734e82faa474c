package org.frontline.kb.domain.usage;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A reader's answer to "was this article helpful?". A named voter has one vote per article, which a later vote
 * changes; anonymous votes (a public page's readers) each count.
 */
@Entity
@Table(name = "article_vote")
public class Vote {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "article_vote_seq")
    @SequenceGenerator(name = "article_vote_seq", sequenceName = "article_vote_seq", allocationSize = 50)
    private Long id;

    @Column(name = "article_id", nullable = false)
    private long articleId;

    @Column(length = CaseLink.MAX_NAME)
    private String voter;

    @Column(nullable = false)
    private boolean helpful;

    @Column(name = "voted_at", nullable = false)
    private Instant votedAt;

    /** For Jakarta Persistence only. */
    protected Vote() {}

    public Vote(long articleId, Optional<String> voter, boolean helpful, Instant votedAt) {
        this.articleId = articleId;
        this.voter = voter.orElse(null);
        this.helpful = helpful;
        this.votedAt = Objects.requireNonNull(votedAt, "votedAt");
    }

    /** The voter's new answer, which replaces the old one and counts from now. */
    public void change(boolean helpful, Instant now) {
        this.helpful = helpful;
        this.votedAt = Objects.requireNonNull(now, "now");
    }

    public long articleId() {
        return articleId;
    }

    public Optional<String> voter() {
        return Optional.ofNullable(voter);
    }

    public boolean helpful() {
        return helpful;
    }

    public Instant votedAt() {
        return votedAt;
    }
}
