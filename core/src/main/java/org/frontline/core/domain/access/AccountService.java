package org.frontline.core.domain.access;

import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongConsumer;
import org.frontline.core.domain.shared.DuplicateException;
import org.frontline.core.domain.shared.InvalidValueException;
import org.frontline.core.domain.shared.NotFoundException;
import org.frontline.core.domain.shared.Page;
import org.frontline.core.domain.shared.PageRequest;
import org.frontline.core.domain.shared.StaleVersionException;

/** Manages user accounts and checks passwords, so passwords exist nowhere but as hashes. */
public class AccountService {
    private static final String KIND = "user";

    private final AccessRepository accounts;
    private final PasswordHasher hasher;
    private final LongConsumer agentMustExist;
    private final Clock clock;
    private volatile String decoyHash;

    /** @param agentMustExist throws when no agent has the given id */
    public AccountService(AccessRepository accounts, PasswordHasher hasher, LongConsumer agentMustExist, Clock clock) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        this.agentMustExist = Objects.requireNonNull(agentMustExist, "agentMustExist");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** What an administrator fills in for a new or changed account. */
    public record AccountDetails(String displayName, Set<Role> roles, Long agentId, boolean enabled) {}

    public UserAccount create(String username, String password, AccountDetails details) {
        String name = UserAccount.normalisedUsername(username);
        if (accounts.findByUsername(name).isPresent()) {
            throw new DuplicateException(KIND, "username", name);
        }
        PasswordPolicy.check("password", password, name);
        checkAgent(details.agentId());
        UserAccount account = new UserAccount(
                name,
                details.displayName(),
                hasher.hash(password.toCharArray()),
                roles(details),
                details.agentId(),
                clock.instant());
        account.enable(details.enabled());
        return accounts.add(account);
    }

    /** Creates the account unless one with that username exists; says whether it did. */
    public boolean createIfAbsent(String username, String password, AccountDetails details) {
        if (accounts.findByUsername(UserAccount.normalisedUsername(username)).isPresent()) {
            return false;
        }
        create(username, password, details);
        return true;
    }

    public UserAccount get(long id) {
        return accounts.findById(id).orElseThrow(() -> new NotFoundException(KIND, id));
    }

    public Optional<UserAccount> find(String username) {
        return accounts.findByUsername(username.strip().toLowerCase(Locale.ROOT));
    }

    public Page<UserAccount> list(PageRequest request) {
        return accounts.list(request);
    }

    /** Applies an administrator's change, unless someone changed the account since {@code expectedVersion}. */
    public UserAccount update(long id, long expectedVersion, AccountDetails details) {
        UserAccount account = get(id);
        StaleVersionException.requireCurrent(KIND, id, expectedVersion, account.version());
        checkAgent(details.agentId());
        account.rename(details.displayName());
        account.assign(roles(details));
        account.workAs(details.agentId());
        account.enable(details.enabled());
        accounts.flush();
        return account;
    }

    /** An administrator sets a new password (the user forgot theirs). */
    public void resetPassword(long id, String newPassword) {
        UserAccount account = get(id);
        PasswordPolicy.check("password", newPassword, account.username());
        account.changePasswordHash(hasher.hash(newPassword.toCharArray()), clock.instant());
    }

    /** The user changes their own password, proving they know the current one. */
    public void changeOwnPassword(String username, String currentPassword, String newPassword) {
        UserAccount account = find(username).orElseThrow(() -> new NotFoundException(KIND, username));
        if (currentPassword == null || !hasher.verify(currentPassword.toCharArray(), account.passwordHash())) {
            throw new InvalidValueException("currentPassword", "is not your current password");
        }
        PasswordPolicy.check("newPassword", newPassword, account.username());
        account.changePasswordHash(hasher.hash(newPassword.toCharArray()), clock.instant());
    }

    /**
     * The enabled account whose password this is. An unknown username costs as much time as a wrong password, so
     * timing does not tell which usernames exist.
     */
    public Optional<UserAccount> authenticate(String username, String password) {
        Optional<UserAccount> account = username == null ? Optional.empty() : find(username);
        char[] attempt = password == null ? new char[0] : password.toCharArray();
        if (account.isEmpty()) {
            hasher.verify(attempt, decoyHash());
            return Optional.empty();
        }
        boolean matches = hasher.verify(attempt, account.get().passwordHash());
        return matches && account.get().enabled() ? account : Optional.empty();
    }

    private String decoyHash() {
        if (decoyHash == null) {
            decoyHash = hasher.hash("decoy password for unknown users".toCharArray());
        }
        return decoyHash;
    }

    private void checkAgent(Long agentId) {
        if (agentId != null) {
            agentMustExist.accept(agentId);
        }
    }

    private static Set<Role> roles(AccountDetails details) {
        return details.roles() == null ? Set.of() : details.roles();
    }
}
