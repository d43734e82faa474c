package org.frontline.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The login session as a browser holds it (cookie flags, CSRF token, security headers), password guessing, accounts
 * an administrator changes, the admin action log, and passwords that no endpoint ever gives back.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityIT {
    private static final HttpClient NO_REDIRECTS = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return FrontlineDeployment.war();
    }

    @ArquillianResource
    private URL base;

    @Test
    void aFormLoginGivesAStrictSessionCookieAndChangesNeedItsCsrfToken() throws Exception {
        String username = ItUsers.ensure(base, "AGENT");
        HttpResponse<String> login = login(username, ItUsers.PASSWORD, "ui/knowledge.html");

        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/ui/knowledge.html"));
        String setCookie = login.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("FRONTLINE_SESSION="))
                .findFirst()
                .orElseThrow();
        assertThat(setCookie).contains("HttpOnly", "Secure", "SameSite=Strict");
        String cookie = setCookie.substring(0, setCookie.indexOf(';'));

        HttpResponse<String> me =
                send(request("api/me").header("Cookie", cookie).GET());
        assertThat(me.statusCode()).isEqualTo(200);
        JsonObject user = json(me.body());
        assertThat(user.getString("username")).isEqualTo(username);
        String csrf = user.getString("csrfToken");

        String token = "{\"name\": \"csrf test\", \"days\": 1}";
        HttpResponse<String> without = send(post("api/me/tokens", token).header("Cookie", cookie));
        HttpResponse<String> forged =
                send(post("api/me/tokens", token).header("Cookie", cookie).header("X-CSRF-Token", "guess"));
        HttpResponse<String> with =
                send(post("api/me/tokens", token).header("Cookie", cookie).header("X-CSRF-Token", csrf));

        assertThat(without.statusCode()).isEqualTo(403);
        assertThat(json(without.body()).getString("detail")).contains("CSRF");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(with.statusCode()).isEqualTo(201);

        HttpResponse<String> logout =
                send(post("api/me/logout", "").header("Cookie", cookie).header("X-CSRF-Token", csrf));
        assertThat(logout.statusCode()).isEqualTo(204);
        assertThat(send(request("api/me").header("Cookie", cookie).GET()).statusCode())
                .isEqualTo(401);
    }

    @Test
    void aWrongPasswordGoesBackToTheLoginPageWithoutASession() throws Exception {
        HttpResponse<String> login = login(ItUsers.ensure(base, "AGENT"), "not the password", "ui/knowledge.html");

        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("login.html?error=invalid"));
        assertThat(login.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("FRONTLINE_SESSION="));
    }

    @Test
    void everyAnswerCarriesTheBrowserSecurityHeaders() throws Exception {
        for (String path : List.of("index.html", "ui/knowledge.html", "api/me")) {
            HttpResponse<String> answer = send(request(path).GET());
            assertThat(answer.headers().firstValue("Content-Security-Policy"))
                    .hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self'", "frame-ancestors 'none'"));
            assertThat(answer.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(answer.headers().firstValue("X-Frame-Options")).contains("DENY");
        }
    }

    @Test
    void guessingPasswordsIsStoppedEvenForTheRightOneThen() {
        String username = "guess-" + UUID.randomUUID().toString().substring(0, 8);
        createUser(username, "the right password", "AGENT");

        for (int i = 0; i < 5; i++) {
            assertThat(HttpApi.basic(base, username, "wrong password " + i)
                            .get("api/me")
                            .status())
                    .isEqualTo(401);
        }
        HttpApi.Reply throttled =
                HttpApi.basic(base, username, "the right password").get("api/me");

        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.contentType()).startsWith("application/problem+json");
        assertThat(throttled.json().getString("detail")).contains("try again in");
    }

    @Test
    void anAdministratorsChangesTakeEffectAtOnceAndAreLogged() {
        String username = "changed-" + UUID.randomUUID().toString().substring(0, 8);
        JsonObject user = createUser(username, "a good long password", "TEAM_LEAD");
        HttpApi asUser = HttpApi.as(base, username, "a good long password");
        assertThat(asUser.get("api/staffing/week-plan").status()).isNotIn(401, 403);

        HttpApi admin = new HttpApi(base);
        HttpApi.Reply demoted = admin.put("api/users/" + user.getInt("id"), """
                {"version": %d, "displayName": "Demoted", "roles": ["AGENT"], "enabled": true}""".formatted(user.getInt("version")));
        assertThat(demoted.status()).as(demoted.body()).isEqualTo(200);
        assertThat(asUser.get("api/staffing/week-plan").status()).isEqualTo(403);

        HttpApi.Reply disabled = admin.put(
                "api/users/" + user.getInt("id"), """
                {"version": %d, "displayName": "Gone", "roles": ["AGENT"], "enabled": false}""".formatted(demoted.json().getInt("version")));
        assertThat(disabled.status()).isEqualTo(200);
        assertThat(asUser.get("api/me").status()).isEqualTo(401);

        HttpApi.Reply stale = admin.put("api/users/" + user.getInt("id"), """
                {"version": %d, "displayName": "Late", "roles": ["AGENT"], "enabled": true}""".formatted(user.getInt("version")));
        assertThat(stale.status()).isEqualTo(409);

        List<JsonObject> actions = admin.get("api/admin/actions?size=50")
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertThat(actions)
                .filteredOn(a -> a.getString("target").equals("/users/" + user.getInt("id")))
                .extracting(a -> a.getString("method") + " " + a.getInt("status") + " " + a.getString("actor"))
                .contains("PUT 200 admin", "PUT 409 admin");
    }

    @Test
    void badAccountInputGetsAProblemThatSaysWhatToFix() {
        HttpApi admin = new HttpApi(base);

        HttpApi.Reply shortPassword = admin.post("api/users", """
                {"username": "shorty", "displayName": "Shorty", "password": "short", "roles": ["AGENT"]}""");
        HttpApi.Reply unknownRole = admin.post("api/users", """
                {"username": "roley", "displayName": "Roley", "password": "a good long password", "roles": ["KING"]}""");

        assertThat(shortPassword.status()).isEqualTo(400);
        assertThat(shortPassword.json().getString("detail")).contains("password", "at least 10");
        assertThat(unknownRole.status()).isEqualTo(400);
        assertThat(unknownRole.json().getString("detail")).contains("'KING' is not a role");
    }

    @Test
    void noEndpointEverGivesBackAPasswordOrItsHash() {
        String password = "never-shown-" + UUID.randomUUID();
        String username = "secret-" + UUID.randomUUID().toString().substring(0, 8);
        JsonObject user = createUser(username, password, "ADMIN");
        HttpApi asUser = HttpApi.as(base, username, password);

        List<String> answers = List.of(
                user.toString(),
                asUser.get("api/me").body(),
                asUser.get("api/users?size=100").body(),
                asUser.get("api/users/" + user.getInt("id")).body(),
                asUser.get("api/me/tokens").body(),
                asUser.get("api/admin/actions?size=100").body());
        assertThat(answers)
                .allSatisfy(body -> assertThat(body)
                        .doesNotContain(password)
                        .doesNotContainIgnoringCase("PBKDF2")
                        .doesNotContainIgnoringCase("passwordHash"));
    }

    private JsonObject createUser(String username, String password, String role) {
        HttpApi.Reply created = new HttpApi(base).post("api/users", """
                {"username": "%s", "displayName": "Security test", "password": "%s", "roles": ["%s"]}""".formatted(username, password, role));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    private HttpResponse<String> login(String username, String password, String next) throws Exception {
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&next=" + next;
        return send(request("login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private HttpRequest.Builder request(String path) {
        String root = base.toString().endsWith("/") ? base.toString() : base + "/";
        return HttpRequest.newBuilder(URI.create(root).resolve(path)).timeout(Duration.ofSeconds(60));
    }

    private HttpRequest.Builder post(String path, String json) {
        return request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return NO_REDIRECTS.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
