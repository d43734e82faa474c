package org.frontline.core.domain.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.frontline.core.domain.kpi.KpiDatabase;
import org.frontline.core.domain.shared.DuplicateException;
import org.frontline.core.domain.shared.InvalidValueException;
import org.frontline.core.domain.shared.NotFoundException;
import org.frontline.core.domain.shared.StaleVersionException;
import org.frontline.core.infrastructure.jpa.JpaAccessRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Accounts in a migrated H2 (agents 1–3 exist), with a reversible stand-in for the slow hash. */
class AccountServiceTest {
    private static final Instant NOW = Instant.parse("2026-12-02T09:00:00Z");
    private static final AccountService.AccountDetails ANN_AS_AGENT =
            new AccountService.AccountDetails("Ann Agent", Set.of(Role.AGENT), 1L, true);

    private final KpiDatabase db = new KpiDatabase();

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void storesOnlyTheHashAndAuthenticatesTheRightPassword() {
        long id = with(s -> s.create("  Ann ", "correct horse battery", ANN_AS_AGENT))
                .id();

        UserAccount stored = with(s -> s.get(id));
        assertThat(stored.username()).isEqualTo("ann");
        assertThat(stored.passwordHash()).isEqualTo("hashed:correct horse battery".hashCode() + "");
        assertThat(login("ANN", "correct horse battery")).isPresent();
        assertThat(login("ann", "wrong horse battery")).isEmpty();
        assertThat(login("nobody", "correct horse battery")).isEmpty();
    }

    @Test
    void aDisabledAccountCannotLogIn() {
        long id = with(s -> s.create("ann", "correct horse battery", ANN_AS_AGENT))
                .id();
        with(s -> s.update(id, 0, new AccountService.AccountDetails("Ann", Set.of(Role.AGENT), 1L, false)));

        assertThat(login("ann", "correct horse battery")).isEmpty();
    }

    @Test
    void rejectsWeakPasswordsDuplicatesUnknownAgentsAndEmptyRoles() {
        with(s -> s.create("ann", "correct horse battery", ANN_AS_AGENT));

        assertThatThrownBy(() -> with(s -> s.create("bob", "short", ANN_AS_AGENT)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("at least 10");
        assertThatThrownBy(() -> with(s -> s.create("bob", "bob-is-my-password", ANN_AS_AGENT)))
                .hasMessageContaining("username");
        assertThatThrownBy(() -> with(s -> s.create("ANN", "correct horse battery", ANN_AS_AGENT)))
                .isInstanceOf(DuplicateException.class);
        assertThatThrownBy(() -> with(s -> s.create(
                        "bob",
                        "correct horse battery",
                        new AccountService.AccountDetails("Bob", Set.of(), null, true))))
                .hasMessageContaining("at least one");
        assertThatThrownBy(() -> with(s -> s.create(
                        "bob",
                        "correct horse battery",
                        new AccountService.AccountDetails("Bob", Set.of(Role.AGENT), 99L, true))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> with(s -> s.create("bad name!", "correct horse battery", ANN_AS_AGENT)))
                .hasMessageContaining("letters, digits");
    }

    @Test
    void anUpdateBasedOnAnOldVersionIsRefused() {
        long id = with(s -> s.create("ann", "correct horse battery", ANN_AS_AGENT))
                .id();
        UserAccount lead = with(
                s -> s.update(id, 0, new AccountService.AccountDetails("Ann Lead", Set.of(Role.TEAM_LEAD), 1L, true)));
        assertThat(lead.version()).isEqualTo(1);

        assertThatThrownBy(() -> with(s -> s.update(id, 0, ANN_AS_AGENT))).isInstanceOf(StaleVersionException.class);
        assertThat(with(s -> s.get(id)).grantedRoles()).containsExactlyInAnyOrder(Role.TEAM_LEAD, Role.AGENT);
    }

    @Test
    void changingOnesOwnPasswordNeedsTheCurrentOne() {
        with(s -> s.create("ann", "correct horse battery", ANN_AS_AGENT));

        assertThatThrownBy(() -> with(s -> {
                    s.changeOwnPassword("ann", "not my password", "a brand new password");
                    return null;
                }))
                .hasMessageContaining("current password");
        with(s -> {
            s.changeOwnPassword("ann", "correct horse battery", "a brand new password");
            return null;
        });

        assertThat(login("ann", "a brand new password")).isPresent();
        assertThat(login("ann", "correct horse battery")).isEmpty();
    }

    @Test
    void aTokenActsAsItsUserUntilItExpiresOrIsRevoked() {
        UserAccount ann = with(s -> s.create("ann", "correct horse battery", ANN_AS_AGENT));
        ApiTokenService.Issued issued = tokens(NOW, t -> t.issue(ann, "reporting script", 30));

        assertThat(issued.secret()).startsWith("fl_").hasSizeGreaterThan(40);
        assertThat(issued.token().tokenHash()).doesNotContain(issued.secret());
        assertThat(tokenLogin(NOW.plus(Duration.ofDays(29)), issued.secret()))
                .map(UserAccount::username)
                .contains("ann");
        assertThat(tokenLogin(NOW.plus(Duration.ofDays(31)), issued.secret())).isEmpty();
        assertThat(tokenLogin(NOW, issued.secret() + "x")).isEmpty();

        tokens(NOW, t -> {
            t.revoke(ann, issued.token().id());
            return null;
        });
        assertThat(tokenLogin(NOW, issued.secret())).isEmpty();
    }

    @Test
    void tokensLastBetweenOneDayAndAYear() {
        UserAccount ann = with(s -> s.create("ann", "correct horse battery", ANN_AS_AGENT));

        assertThatThrownBy(() -> tokens(NOW, t -> t.issue(ann, "forever", 1000)))
                .hasMessageContaining("366");
        assertThatThrownBy(() -> tokens(NOW, t -> t.issue(ann, " ", 10))).hasMessageContaining("what the token is for");
    }

    @Test
    void higherRolesIncludeTheOnesBelowThem() {
        assertThat(Role.SUPERVISOR.granted()).containsExactlyInAnyOrder(Role.SUPERVISOR, Role.TEAM_LEAD, Role.AGENT);
        assertThat(Role.QA_ANALYST.granted()).containsExactly(Role.QA_ANALYST);
        assertThat(Role.ADMIN.granted()).containsExactlyInAnyOrder(Role.values());
    }

    private <T> T with(Function<AccountService, T> work) {
        return db.inTransaction(em -> work.apply(new AccountService(
                new JpaAccessRepository(em),
                new ReversibleHasher(),
                agent -> {
                    if (agent > 3) {
                        throw new NotFoundException("agent", agent);
                    }
                },
                Clock.fixed(NOW, ZoneOffset.UTC))));
    }

    private Optional<UserAccount> login(String username, String password) {
        return with(s -> s.authenticate(username, password));
    }

    private Optional<UserAccount> tokenLogin(Instant now, String secret) {
        return tokens(now, t -> t.authenticate(secret));
    }

    private <T> T tokens(Instant now, Function<ApiTokenService, T> work) {
        return db.inTransaction(
                em -> work.apply(new ApiTokenService(new JpaAccessRepository(em), Clock.fixed(now, ZoneOffset.UTC))));
    }

    /** Fast and deterministic, so the test can see what was stored; the platform's PBKDF2 is tested in web. */
    private static final class ReversibleHasher implements PasswordHasher {
        @Override
        public String hash(char[] password) {
            return ("hashed:" + new String(password)).hashCode() + "";
        }

        @Override
        public boolean verify(char[] password, String hash) {
            return hash(password).equals(hash);
        }
    }
}
