package org.frontline.web.security;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.frontline.core.domain.access.Role;
import org.frontline.web.error.Problem;

/** The roles one endpoint admits, read from its {@link Allowed}, and the refusal for a caller it does not admit. */
record AccessRule(String endpoint, Optional<Set<Role>> roles) {

    static AccessRule of(Class<?> resource, Method method) {
        Allowed allowed =
                Optional.ofNullable(method.getAnnotation(Allowed.class)).orElse(resource.getAnnotation(Allowed.class));
        Optional<Set<Role>> roles = Optional.ofNullable(allowed)
                .map(a ->
                        a.value().length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(Arrays.asList(a.value())));
        return new AccessRule(resource.getSimpleName() + "." + method.getName(), roles);
    }

    /** Whether only administrators may call it: their calls that change something go to the admin action log. */
    boolean adminOnly() {
        return roles.map(r -> r.equals(EnumSet.of(Role.ADMIN))).orElse(false);
    }

    /** Why {@code caller} may not call the endpoint, or empty when they may. */
    Optional<Problem> refusal(SecurityContext caller) {
        if (roles.isEmpty()) {
            return Optional.of(Problem.of(
                    Response.Status.FORBIDDEN,
                    "forbidden",
                    "This endpoint declares no roles, so nobody may call it: " + endpoint + "."));
        }
        if (roles.get().isEmpty()) {
            return Optional.empty();
        }
        if (caller.getUserPrincipal() == null) {
            return Optional.of(Problem.of(
                    Response.Status.UNAUTHORIZED,
                    "unauthenticated",
                    "Log in first: send HTTP Basic credentials or a bearer API token, or log in on the screens."));
        }
        if (roles.get().stream().anyMatch(role -> caller.isUserInRole(role.name()))) {
            return Optional.empty();
        }
        return Optional.of(Problem.of(
                Response.Status.FORBIDDEN,
                "forbidden",
                "Your roles do not allow this; it needs one of " + roles.get() + "."));
    }
}
