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

/** An agent's statement that an article solved a case: the evidence every effectiveness figure is built on. */
@Entity
@Table(name = "article_case_link")
public class CaseLink {
    public static final int MAX_NAME = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "article_case_link_seq")
    @SequenceGenerator(name = "article_case_link_seq", sequenceName = "article_case_link_seq", allocationSize = 50)
    private Long id;

    @Column(name = "article_id", nullable = false)
    private long articleId;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "linked_by", nullable = false, length = MAX_NAME)
    private String linkedBy;

    @Column(name = "linked_at", nullable = false)
    private Instant linkedAt;

    /** For Jakarta Persistence only. */
    protected CaseLink() {}

    public CaseLink(long articleId, long caseId, String linkedBy, Instant linkedAt) {
        this.articleId = articleId;
        this.caseId = caseId;
        this.linkedBy = Objects.requireNonNull(linkedBy, "linkedBy");
        this.linkedAt = Objects.requireNonNull(linkedAt, "linkedAt");
    }

    public long articleId() {
        return articleId;
    }

    public long caseId() {
        return caseId;
    }

    public String linkedBy() {
        return linkedBy;
    }

    public Instant linkedAt() {
        return linkedAt;
    }
}
