package org.frontline.core.domain.team;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;

/** A group of agents working one queue of contacts for one service function. */
@Entity
@Table(name = "team")
public class Team {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "team_seq")
    @SequenceGenerator(name = "team_seq", sequenceName = "team_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "service_function", nullable = false, length = 30)
    private ServiceFunction serviceFunction;

    /** For Jakarta Persistence only. */
    protected Team() {}

    public Team(String name, ServiceFunction serviceFunction) {
        assign(name, serviceFunction);
    }

    /** Changes what the team is called and which function it performs. */
    public void rename(String name, ServiceFunction serviceFunction) {
        assign(name, serviceFunction);
    }

    private void assign(String name, ServiceFunction serviceFunction) {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("team name must not be blank");
        }
        this.name = name.strip();
        this.serviceFunction = Objects.requireNonNull(serviceFunction, "serviceFunction");
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String name() {
        return name;
    }

    public ServiceFunction serviceFunction() {
        return serviceFunction;
    }
}
