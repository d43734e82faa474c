package org.frontline.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.frontline.core.domain.access.AccountService;
import org.frontline.core.domain.access.UserAccount;
import org.frontline.web.error.Problem;
import org.frontline.web.error.ProblemResponses;
import org.frontline.web.platform.Transactions;

/**
 * Establishes who sends each request, in this order: an {@code Authorization} header (HTTP Basic or a bearer API
 * token: no session), the login form posted to {@code /login} (starts a session), or the session of an earlier form
 * login (re-read from the database each time, so a disabled account or a changed role takes effect at once). A request
 * without any of these goes on anonymously; the endpoints' role checks decide what it may reach.
 */
@ApplicationScoped
public class FrontlineAuthentication implements HttpAuthenticationMechanism {
    static final String LOGIN_PATH = "/login";
    private static final String BASIC = "Basic ";
    private static final String BEARER = "Bearer ";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    LoginThrottle throttle;

    @Inject
    AccountService accounts;

    @Inject
    Transactions transactions;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        try {
            String authorization = request.getHeader("Authorization");
            if (authorization != null) {
                return fromHeader(authorization, request, response, context);
            }
            if ("POST".equals(request.getMethod()) && LOGIN_PATH.equals(request.getServletPath())) {
                return fromLoginForm(request, response, context);
            }
            return fromSession(request, context);
        } catch (IOException e) {
            throw new IllegalStateException("could not answer the request", e);
        }
    }

    private AuthenticationStatus fromHeader(
            String authorization, HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
            throws IOException {
        if (authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return check(
                            new BearerTokenCredential(
                                    authorization.substring(BEARER.length()).strip()),
                            context)
                    .orElseGet(() -> refuse(response, "The API token is unknown, expired or revoked: make a new one."));
        }
        if (!authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return refuse(response, "Only Basic and Bearer authorization are supported.");
        }
        Optional<UsernamePasswordCredential> credential =
                basic(authorization.substring(BASIC.length()).strip());
        if (credential.isEmpty()) {
            return refuse(response, "The Basic authorization header is malformed: send base64(username:password).");
        }
        String username = credential.get().getCaller();
        Duration wait = throttle.waitBeforeTrying(username, request.getRemoteAddr());
        if (!wait.isZero()) {
            return tooMany(response, wait);
        }
        Optional<AuthenticationStatus> status = check(credential.get(), context);
        record(status.isPresent(), username, request);
        return status.orElseGet(() -> refuse(response, "Wrong username or password."));
    }

    private AuthenticationStatus fromLoginForm(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) throws IOException {
        String username = Optional.ofNullable(request.getParameter("username")).orElse("");
        String password = Optional.ofNullable(request.getParameter("password")).orElse("");
        if (!throttle.waitBeforeTrying(username, request.getRemoteAddr()).isZero()) {
            return backToLogin(request, response, "throttled");
        }
        Optional<AuthenticationStatus> status = check(new UsernamePasswordCredential(username, password), context);
        record(status.isPresent(), username, request);
        if (status.isEmpty()) {
            return backToLogin(request, response, "invalid");
        }
        SessionLogin.start(request, context.getCallerPrincipal().getName());
        return status.get();
    }

    private AuthenticationStatus fromSession(HttpServletRequest request, HttpMessageContext context) {
        Optional<String> username = SessionLogin.user(request);
        if (username.isEmpty()) {
            return context.doNothing();
        }
        Optional<UserAccount> account =
                transactions.run(() -> accounts.find(username.get()).filter(UserAccount::enabled));
        if (account.isEmpty()) {
            SessionLogin.end(request);
            return context.doNothing();
        }
        request.setAttribute(SessionLogin.VIA_SESSION, Boolean.TRUE);
        return context.notifyContainerAboutLogin(account.get().username(), AccountIdentityStore.groups(account.get()));
    }

    private Optional<AuthenticationStatus> check(Credential credential, HttpMessageContext context) {
        CredentialValidationResult result = identityStores.validate(credential);
        return result.getStatus() == CredentialValidationResult.Status.VALID
                ? Optional.of(context.notifyContainerAboutLogin(result))
                : Optional.empty();
    }

    private void record(boolean succeeded, String username, HttpServletRequest request) {
        if (succeeded) {
            throttle.succeeded(username);
        } else {
            throttle.failed(username, request.getRemoteAddr());
        }
    }

    private static Optional<UsernamePasswordCredential> basic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0
                    ? Optional.empty()
                    : Optional.of(
                            new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static AuthenticationStatus refuse(HttpServletResponse response, String detail) {
        response.setHeader(Challenge.HEADER, Challenge.VALUE);
        return answer(response, Problem.of(Response.Status.UNAUTHORIZED, "unauthenticated", detail));
    }

    private static AuthenticationStatus tooMany(HttpServletResponse response, Duration wait) {
        long seconds = Math.max(1, wait.toSeconds());
        response.setHeader("Retry-After", Long.toString(seconds));
        return answer(
                response,
                Problem.of(
                        Response.Status.TOO_MANY_REQUESTS,
                        "login-throttled",
                        "Too many failed logins: try again in " + seconds + " seconds."));
    }

    private static AuthenticationStatus answer(HttpServletResponse response, Problem problem) {
        try {
            ProblemResponses.write(response, problem);
        } catch (IOException e) {
            throw new IllegalStateException("could not answer the request", e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static AuthenticationStatus backToLogin(
            HttpServletRequest request, HttpServletResponse response, String error) throws IOException {
        response.sendRedirect(request.getContextPath() + "/login.html?error=" + error);
        return AuthenticationStatus.SEND_CONTINUE;
    }
}
