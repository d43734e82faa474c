package org.frontline.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An administrator resets the demo data: on the embedded H2 the centre is loaded afresh and logins keep working; on
 * PostgreSQL the server refuses. Runs after every other class (see junit-platform.properties), since a reset empties
 * what they made.
 */
@ExtendWith(ArquillianExtension.class)
@Order(Integer.MAX_VALUE)
class DemoResetIT {
    private static final Duration PATIENCE = Duration.ofMinutes(5);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return FrontlineDeployment.war();
    }

    @ArquillianResource
    private URL base;

    private HttpApi admin() {
        return new HttpApi(base);
    }

    @Test
    @EnabledIfSystemProperty(named = "frontline.it.database", matches = "H2", disabledReason = "embedded H2 only")
    void onTheEmbeddedDatabaseAnAdministratorResetsTheDemoAndTheLoginsKeepWorking() {
        long marker = admin().post(
                        "api/customers", "{\"name\": \"Made before the reset\", \"email\": \"m@example.com\"}")
                .createdId();

        try (Browser browser = Browser.open()) {
            browser.login(base, ItUsers.ensure(base, "ADMIN"), ItUsers.PASSWORD, "ui/admin.html");
            browser.check("admin-demo-reset", () -> {
                browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("demo-reset")));
                WebElement start = browser.driver.findElement(By.id("demo-reset-start"));
                assertThat(start.isEnabled())
                        .as("disabled until the administrator says they understand")
                        .isFalse();
                browser.driver.findElement(By.id("demo-understood")).click();
                start.click();

                browser.waiting()
                        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("demo-status"), "Resetting"));
                new WebDriverWait(browser.driver, PATIENCE)
                        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("demo-status"), "Reset done"));
                assertThat(browser.driver.findElement(By.id("demo-status")).getText())
                        .contains("tables emptied", "300 customers");
            });
        }

        assertThat(admin().get("api/customers/" + marker).status()).isEqualTo(404);
        assertThat(admin().get("api/customers?size=1").json().getInt("totalItems"))
                .isEqualTo(300);
        assertThat(admin().get("api/cases?status=CLOSED&size=1").json().getInt("totalItems"))
                .isGreaterThan(300);
        assertThat(admin().get("api/articles/search?q=reset+pasword&language=en")
                        .json()
                        .getJsonArray("items"))
                .as("the search index holds the demo articles again")
                .isNotEmpty();
        JsonObject agent =
                HttpApi.as(base, "agent", "frontline-demo").get("api/me").json();
        assertThat(agent.getJsonNumber("agentId"))
                .as("the demo agent works as a demo agent again")
                .isNotNull();
        assertThat(admin().get("api/agents/" + agent.getJsonNumber("agentId")).status())
                .isEqualTo(200);
    }

    @Test
    @EnabledIfSystemProperty(
            named = "frontline.it.database",
            matches = "PostgreSQL",
            disabledReason = "PostgreSQL only")
    void onAnyOtherDatabaseTheServerRefusesToReset() {
        JsonObject status = admin().get("api/admin/demo-data").json();
        HttpApi.Reply refused = admin().post("api/admin/demo-data/resets");

        assertThat(status.getBoolean("resettable")).isFalse();
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().getString("detail")).contains("only be reset on the embedded H2 database");
        assertThat(admin().get("api/customers?size=1").status()).isEqualTo(200);
    }
}
