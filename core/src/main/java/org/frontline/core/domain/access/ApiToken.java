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
import org.frontline.core.domain.shared.InvalidValueException;

/**
 * A bearer token a user made for scripts and integrations: only its SHA-256 is stored (the token is random and long,
 * so a fast hash is safe), it acts as its user with their current roles, and it stops working when it expires.
 */
@Entity
@Table(name = "api_token")
public class ApiToken {
    public static final int MAX_NAME = 80;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_token_seq")
    @SequenceGenerator(name = "api_token_seq", sequenceName = "api_token_seq", allocationSize = 50)
    private Long id;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    /** For Jakarta Persistence only. */
    protected ApiToken() {}

    public ApiToken(long userId, String name, String tokenHash, Instant createdAt, Instant expiresAt) {
        if (name == null || name.isBlank()) {
            throw new InvalidValueException("name", "must not be blank: say what the token is for");
        }
        if (name.strip().length() > MAX_NAME) {
            throw new InvalidValueException("name", "must be at most " + MAX_NAME + " characters");
        }
        this.userId = userId;
        this.name = name.strip();
        this.tokenHash = Objects.requireNonNull(tokenHash, "tokenHash");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
    }

    public boolean validAt(Instant now) {
        return now.isBefore(expiresAt);
    }

    public Long id() {
        return id;
    }

    public long userId() {
        return userId;
    }

    public String name() {
        return name;
    }

    public String tokenHash() {
        return tokenHash;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
