package org.frontline.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * What a logged-in browser session holds: the username and the CSRF token its screens must send back with every
 * change. A login always starts a new session (no fixation).
 */
final class SessionLogin {
    private static final String USER = "frontline.user";
    private static final String CSRF = "frontline.csrf";
    /** Request attribute: this request was authenticated by its session cookie, so it needs the CSRF token. */
    static final String VIA_SESSION = "frontline.viaSession";

    private static final SecureRandom RANDOM = new SecureRandom();

    private SessionLogin() {}

    static void start(HttpServletRequest request, String username) {
        HttpSession old = request.getSession(false);
        if (old != null) {
            old.invalidate();
        }
        HttpSession session = request.getSession(true);
        session.setAttribute(USER, username);
        byte[] token = new byte[32];
        RANDOM.nextBytes(token);
        session.setAttribute(CSRF, Base64.getUrlEncoder().withoutPadding().encodeToString(token));
    }

    static Optional<String> user(HttpServletRequest request) {
        return Optional.ofNullable(request.getSession(false)).map(session -> (String) session.getAttribute(USER));
    }

    static Optional<String> csrfToken(HttpServletRequest request) {
        return Optional.ofNullable(request.getSession(false)).map(session -> (String) session.getAttribute(CSRF));
    }

    static boolean viaSession(HttpServletRequest request) {
        return Boolean.TRUE.equals(request.getAttribute(VIA_SESSION));
    }

    static void end(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }
}
