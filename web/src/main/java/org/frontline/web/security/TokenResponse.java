package org.frontline.web.security;

import java.time.Instant;
import org.frontline.core.domain.access.ApiToken;

/** An API token, and its secret only in the answer that issued it. */
public record TokenResponse(long id, String name, Instant createdAt, Instant expiresAt, String token) {

    static TokenResponse from(ApiToken token) {
        return new TokenResponse(token.id(), token.name(), token.createdAt(), token.expiresAt(), null);
    }

    static TokenResponse issued(ApiToken token, String secret) {
        return new TokenResponse(token.id(), token.name(), token.createdAt(), token.expiresAt(), secret);
    }
}
