package org.frontline.core.domain.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.frontline.core.domain.shared.InvalidValueException;
import org.frontline.core.domain.shared.NotFoundException;

/** Issues, checks and revokes users' API tokens; a token is shown once, when it is issued. */
public class ApiTokenService {
    public static final int MAX_DAYS = 366;
    private static final String PREFIX = "fl_";
    private static final String KIND = "API token";

    private final AccessRepository repository;
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    public ApiTokenService(AccessRepository repository, Clock clock) {
        this.repository = Objects.requireNonNull(repository, "repository");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A new token and its secret, which is not kept anywhere. */
    public record Issued(ApiToken token, String secret) {}

    public Issued issue(UserAccount owner, String name, int days) {
        if (days < 1 || days > MAX_DAYS) {
            throw new InvalidValueException("days", "must be between 1 and " + MAX_DAYS + ", got " + days);
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        var now = clock.instant();
        ApiToken token =
                repository.addToken(new ApiToken(owner.id(), name, hash(secret), now, now.plus(Duration.ofDays(days))));
        return new Issued(token, secret);
    }

    /** The enabled account a presented, unexpired token belongs to. */
    public Optional<UserAccount> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return repository
                .findTokenByHash(hash(secret))
                .filter(token -> token.validAt(clock.instant()))
                .flatMap(token -> repository.findById(token.userId()))
                .filter(UserAccount::enabled);
    }

    public List<ApiToken> tokensOf(UserAccount owner) {
        return repository.tokensOf(owner.id());
    }

    /** Revokes one of the owner's tokens; someone else's token is as unknown to them as a missing one. */
    public void revoke(UserAccount owner, long tokenId) {
        ApiToken token = repository
                .findToken(tokenId)
                .filter(found -> found.userId() == owner.id())
                .orElseThrow(() -> new NotFoundException(KIND, tokenId));
        repository.removeToken(token);
    }

    static String hash(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
