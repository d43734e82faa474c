package org.frontline.core.domain.access;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.frontline.core.domain.shared.InvalidValueException;

/**
 * Someone who logs in: a unique username, the roles they hold, the agent they work as (if they take contacts), and
 * their password only as a salted hash.
 */
@Entity
@Table(name = "user_account")
public class UserAccount {
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    public static final int MAX_DISPLAY_NAME = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_account_seq")
    @SequenceGenerator(name = "user_account_seq", sequenceName = "user_account_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 64)
    private String username;

    @Column(name = "display_name", nullable = false, length = MAX_DISPLAY_NAME)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 300)
    private String passwordHash;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_account_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 16)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "agent_id")
    private Long agentId;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "password_changed_at", nullable = false)
    private Instant passwordChangedAt;

    /** For Jakarta Persistence only. */
    protected UserAccount() {}

    public UserAccount(
            String username, String displayName, String passwordHash, Set<Role> roles, Long agentId, Instant now) {
        this.username = normalisedUsername(username);
        rename(displayName);
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        assign(roles);
        this.agentId = agentId;
        this.enabled = true;
        this.createdAt = Objects.requireNonNull(now, "now");
        this.passwordChangedAt = now;
    }

    /** The username as stored: trimmed and lower-case; rejects anything but letters, digits, dots, dashes, underscores. */
    public static String normalisedUsername(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(name).matches()) {
            throw new InvalidValueException(
                    "username",
                    "must be 2 to 64 letters, digits, dots, dashes or underscores, starting with a letter"
                            + " or digit");
        }
        return name;
    }

    public void rename(String newDisplayName) {
        if (newDisplayName == null || newDisplayName.isBlank()) {
            throw new InvalidValueException("displayName", "must not be blank");
        }
        if (newDisplayName.strip().length() > MAX_DISPLAY_NAME) {
            throw new InvalidValueException("displayName", "must be at most " + MAX_DISPLAY_NAME + " characters");
        }
        this.displayName = newDisplayName.strip();
    }

    public void assign(Set<Role> newRoles) {
        if (newRoles == null || newRoles.isEmpty()) {
            throw new InvalidValueException("roles", "must name at least one of " + EnumSet.allOf(Role.class));
        }
        this.roles = EnumSet.copyOf(newRoles);
    }

    public void workAs(Long newAgentId) {
        this.agentId = newAgentId;
    }

    public void enable(boolean on) {
        this.enabled = on;
    }

    public void changePasswordHash(String newHash, Instant now) {
        this.passwordHash = Objects.requireNonNull(newHash, "newHash");
        this.passwordChangedAt = Objects.requireNonNull(now, "now");
    }

    /** Every role this account holds, directly or through a higher role. */
    public Set<Role> grantedRoles() {
        return Role.granted(roles);
    }

    public boolean holds(Role role) {
        return grantedRoles().contains(role);
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Set<Role> roles() {
        return EnumSet.copyOf(roles);
    }

    public Long agentId() {
        return agentId;
    }

    public boolean enabled() {
        return enabled;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant passwordChangedAt() {
        return passwordChangedAt;
    }
}
