package org.frontline.web.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/** One audited transaction: when it committed its changes and who made them. */
@Entity
@Table(name = "audit_revision")
@RevisionEntity(ActorRevisionListener.class)
public class AuditRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_revision_seq")
    @SequenceGenerator(name = "audit_revision_seq", sequenceName = "audit_revision_seq", allocationSize = 50)
    @RevisionNumber
    private Long id;

    @RevisionTimestamp
    @Column(name = "revision_timestamp", nullable = false)
    private long timestamp;

    @Column(nullable = false, length = 200)
    private String actor;

    public Long id() {
        return id;
    }

    public Instant at() {
        return Instant.ofEpochMilli(timestamp);
    }

    public String actor() {
        return actor;
    }

    void recordActor(String actor) {
        this.actor = actor;
    }
}
