package org.frontline.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What operators rely on: readiness, the OpenAPI document, metrics, and errors for unknown addresses. */
@ExtendWith(ArquillianExtension.class)
class PlatformIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return FrontlineDeployment.war();
    }

    @ArquillianResource
    private URL base;

    @Test
    void isReadyWithTheDatabaseThisRunIsForAndTheSearchIndex() {
        HttpApi.Reply reply = HttpApi.anonymous(base).get("/health/ready");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonObject health = reply.json();
        assertThat(health.getString("status")).isEqualTo("UP");
        assertThat(health.getJsonArray("checks").getValuesAs(JsonObject.class))
                .extracting(c -> c.getString("name"))
                .containsExactlyInAnyOrder("database", "search-index");
        JsonObject database = health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals("database"))
                .findFirst()
                .orElseThrow();
        assertThat(database.getJsonObject("data").getString("product"))
                .as("the failsafe execution decides which database the server uses")
                .isEqualTo(System.getProperty("frontline.it.database", "H2"));
    }

    @Test
    void publishesTheApiAsOpenApi() {
        HttpApi.Reply reply = HttpApi.anonymous(base).get("/openapi");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).contains("Frontline API", "/customers");
    }

    @Test
    void exposesMetricsWithoutALogin() {
        HttpApi.Reply reply = HttpApi.anonymous(base).get("/metrics");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).contains("jvm_uptime");
    }

    @Test
    void answersAnUnknownAddressWithAProblem() {
        HttpApi.Reply reply = HttpApi.anonymous(base).get("api/no-such-thing");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }
}
