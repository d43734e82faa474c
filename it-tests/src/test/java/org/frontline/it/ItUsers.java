package org.frontline.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.Locale;

/** One test login per role ("it-agent", "it-qa_analyst", …), made through the API by the administrator when missing. */
final class ItUsers {
    static final String PASSWORD = "integration-tests-password";
    static final String[] ROLES = {"AGENT", "QA_ANALYST", "TEAM_LEAD", "SUPERVISOR", "ADMIN"};

    private ItUsers() {}

    static String username(String role) {
        return "it-" + role.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The login for {@code role}, created when this server does not have it yet. */
    static String ensure(URL base, String role) {
        String username = username(role);
        HttpApi.Reply created = new HttpApi(base)
                .post("api/users", """
                {"username": "%s", "displayName": "Integration test %s", "password": "%s", "roles": ["%s"]}""".formatted(username, role.toLowerCase(Locale.ROOT), PASSWORD, role));
        assertThat(created.status()).as(created.body()).isIn(201, 409);
        return username;
    }

    /** An API client logged in as the test login for {@code role}. */
    static HttpApi api(URL base, String role) {
        return HttpApi.as(base, ensure(base, role), PASSWORD);
    }
}
