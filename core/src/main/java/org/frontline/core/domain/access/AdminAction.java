package org.frontline.core.domain.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** One change an administrator asked for, kept whether it succeeded or not: who, when, what, from where, outcome. */
@Entity
@Table(name = "admin_action")
public class AdminAction {
    private static final int MAX_TARGET = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "admin_action_seq")
    @SequenceGenerator(name = "admin_action_seq", sequenceName = "admin_action_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 64)
    private String actor;

    @Column(name = "acted_at", nullable = false)
    private Instant at;

    @Column(nullable = false, length = 8)
    private String method;

    @Column(nullable = false, length = MAX_TARGET)
    private String target;

    @Column(nullable = false)
    private int status;

    @Column(name = "remote_address", length = 64)
    private String remoteAddress;

    /** For Jakarta Persistence only. */
    protected AdminAction() {}

    public AdminAction(String actor, Instant at, String method, String target, int status, String remoteAddress) {
        this.actor = Objects.requireNonNull(actor, "actor");
        this.at = Objects.requireNonNull(at, "at");
        this.method = Objects.requireNonNull(method, "method");
        this.target = target.length() > MAX_TARGET ? target.substring(0, MAX_TARGET) : target;
        this.status = status;
        this.remoteAddress = remoteAddress;
    }

    public Long id() {
        return id;
    }

    public String actor() {
        return actor;
    }

    public Instant at() {
        return at;
    }

    public String method() {
        return method;
    }

    public String target() {
        return target;
    }

    public int status() {
        return status;
    }

    public String remoteAddress() {
        return remoteAddress;
    }
}
