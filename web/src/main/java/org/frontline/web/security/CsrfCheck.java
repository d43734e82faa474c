package org.frontline.web.security;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.Set;
import org.frontline.web.error.Problem;

/**
 * Refuses a change (POST, PUT, PATCH, DELETE) made with a login session's cookie unless it carries that session's
 * CSRF token in {@value #HEADER}: another site can make a browser send the cookie, but it cannot read the token.
 * Requests authenticated by a header (Basic, bearer) carry no cookie to abuse and need no token.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class CsrfCheck implements ContainerRequestFilter {
    static final String HEADER = "X-CSRF-Token";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    /** Whether a request with this HTTP method may change something (so needs the token, and is logged for admins). */
    static boolean changes(String method) {
        return !SAFE.contains(method);
    }

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!changes(request.getMethod()) || !SessionLogin.viaSession(servletRequest)) {
            return;
        }
        Optional<String> expected = SessionLogin.csrfToken(servletRequest);
        String sent = request.getHeaderString(HEADER);
        if (expected.isEmpty() || sent == null || !same(expected.get(), sent)) {
            request.abortWith(Problem.of(
                            Response.Status.FORBIDDEN,
                            "csrf",
                            "This change lacks the page's CSRF token (" + HEADER + "): reload the page and try again.")
                    .toResponse());
        }
    }

    private static boolean same(String expected, String sent) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
    }
}
