package org.frontline.qualityaudit.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Optional;

/** A contact in an audit's sample: its stratum, the chance it had of being drawn, and the analyst who reviews it. */
@Entity
@Table(name = "qa_audit_unit")
public class AuditUnit {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "qa_audit_unit_seq")
    @SequenceGenerator(name = "qa_audit_unit_seq", sequenceName = "qa_audit_unit_seq", allocationSize = 50)
    private Long id;

    @Column(name = "audit_id", nullable = false)
    private long auditId;

    @Column(name = "contact_id", nullable = false)
    private long contactId;

    @Column(name = "agent_id", nullable = false)
    private long agentId;

    @Column(name = "team_id")
    private Long teamId;

    @Column(nullable = false, length = 50)
    private String stratum;

    @Column(name = "inclusion_probability", nullable = false)
    private double inclusionProbability;

    @Column(name = "analyst_id", nullable = false)
    private long analystId;

    /** For Jakarta Persistence only. */
    protected AuditUnit() {}

    AuditUnit(long auditId, DrawnUnit drawn, long analystId) {
        this.auditId = auditId;
        this.contactId = drawn.unit().contactId();
        this.agentId = drawn.unit().agentId();
        this.teamId = drawn.unit().teamId().orElse(null);
        this.stratum = drawn.stratum();
        this.inclusionProbability = drawn.inclusionProbability();
        this.analystId = analystId;
    }

    public long auditId() {
        return auditId;
    }

    public long contactId() {
        return contactId;
    }

    public long agentId() {
        return agentId;
    }

    public Optional<Long> teamId() {
        return Optional.ofNullable(teamId);
    }

    public String stratum() {
        return stratum;
    }

    public double inclusionProbability() {
        return inclusionProbability;
    }

    public long analystId() {
        return analystId;
    }
}
