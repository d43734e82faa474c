package org.frontline.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.Set;
import org.frontline.core.domain.access.Role;
import org.frontline.web.error.Problem;
import org.junit.jupiter.api.Test;

class AccessRuleTest {

    @Allowed(Role.AGENT)
    static class Resource {
        public void inherits() {}

        @Allowed(Role.ADMIN)
        public void adminOnly() {}

        @Allowed({})
        public void open() {}
    }

    static class Undeclared {
        public void anything() {}
    }

    @Test
    void aMethodsRolesReplaceItsClasss() throws NoSuchMethodException {
        AccessRule admin = rule(Resource.class, "adminOnly");

        assertThat(admin.refusal(caller("bob", Role.AGENT)))
                .map(Problem::status)
                .contains(403);
        assertThat(admin.refusal(caller("ann", Role.ADMIN))).isEmpty();
        assertThat(admin.adminOnly()).isTrue();
        assertThat(rule(Resource.class, "inherits").refusal(caller("bob", Role.AGENT)))
                .isEmpty();
        assertThat(rule(Resource.class, "inherits").adminOnly()).isFalse();
    }

    @Test
    void nobodyLoggedInGets401AndAnEmptyListAdmitsEveryone() throws NoSuchMethodException {
        assertThat(rule(Resource.class, "inherits").refusal(caller(null)))
                .map(Problem::status)
                .contains(401);
        assertThat(rule(Resource.class, "open").refusal(caller(null))).isEmpty();
    }

    @Test
    void anUndeclaredEndpointIsClosedToEveryone() throws NoSuchMethodException {
        AccessRule rule = rule(Undeclared.class, "anything");

        assertThat(rule.refusal(caller("ann", Role.ADMIN))).map(Problem::status).contains(403);
    }

    private static AccessRule rule(Class<?> type, String method) throws NoSuchMethodException {
        return AccessRule.of(type, type.getMethod(method));
    }

    /** A caller holding exactly {@code roles} as the container sees them (already expanded). */
    private static SecurityContext caller(String name, Role... roles) {
        Set<String> names = java.util.Arrays.stream(roles).map(Enum::name).collect(java.util.stream.Collectors.toSet());
        return new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return name == null ? null : () -> name;
            }

            @Override
            public boolean isUserInRole(String role) {
                return names.contains(role);
            }

            @Override
            public boolean isSecure() {
                return false;
            }

            @Override
            public String getAuthenticationScheme() {
                return null;
            }
        };
    }
}
