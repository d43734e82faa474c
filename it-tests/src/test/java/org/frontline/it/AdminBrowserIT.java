package org.frontline.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The administration screen in a real browser: an administrator adds a user, then stops them logging in; adds a team
 * by its definition (and sees a bad one refused); and rebuilds the search index, following its progress.
 */
@ExtendWith(ArquillianExtension.class)
class AdminBrowserIT {
    @Deployment(testable = false)
    static WebArchive deployment() {
        return FrontlineDeployment.war();
    }

    @ArquillianResource
    private URL base;

    @Test
    void anAdministratorManagesUsersTheCentresSetUpAndTheSearchIndex() {
        String username = "ui-" + UUID.randomUUID().toString().substring(0, 8);
        try (Browser browser = Browser.open()) {
            browser.login(base, ItUsers.ensure(base, "ADMIN"), ItUsers.PASSWORD, "ui/admin.html");
            browser.check("admin", () -> {
                browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#users tbody tr")));
                browser.driver.findElement(By.id("new-username")).sendKeys(username);
                browser.driver.findElement(By.id("new-name")).sendKeys("Uma Interface");
                browser.driver.findElement(By.id("new-password")).sendKeys("a long first password");
                browser.driver.findElement(By.id("new-qa_analyst")).click();
                browser.driver.findElement(By.id("add")).click();

                browser.waiting().until(ExpectedConditions.textToBe(By.id("status"), "Added " + username + "."));
                assertThat(browser.driver.findElement(By.id("edit-username")).getText())
                        .isEqualTo(username);
                assertThat(browser.driver.findElement(By.id("edit-qa_analyst")).isSelected())
                        .isTrue();
                browser.waiting()
                        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("actions"), "POST /users"));

                WebElement enabled = browser.driver.findElement(By.id("edit-enabled"));
                assertThat(enabled.isSelected()).isTrue();
                enabled.click();
                browser.driver.findElement(By.id("save")).click();
                browser.waiting().until(ExpectedConditions.textToBe(By.id("status"), "Saved " + username + "."));
                assertThat(browser.driver.findElement(By.id("users")).getText()).contains("Username", "Roles");
            });
            browser.check("admin-centre", () -> {
                new Select(browser.driver.findElement(By.id("definition-kind"))).selectByValue("teams");
                browser.waiting()
                        .until(ExpectedConditions.textToBePresentInElementLocated(
                                By.id("definition-help"), "serviceFunction"));
                browser.waiting()
                        .until(d -> !d.findElements(By.cssSelector("#definition-item option[value='new']"))
                                .isEmpty());
                new Select(browser.driver.findElement(By.id("definition-item"))).selectByValue("new");
                WebElement json = browser.driver.findElement(By.id("definition-json"));
                json.clear();
                json.sendKeys("{\"name\": \"UI team " + username + "\", \"serviceFunction\": \"QUALITY_CONTROL\"}");
                browser.driver.findElement(By.id("definition-save")).click();
                browser.waiting().until(ExpectedConditions.textToBe(By.id("definition-status"), "Saved."));
                json = browser.driver.findElement(By.id("definition-json"));
                json.clear();
                json.sendKeys("{\"name\": \"\", \"serviceFunction\": \"NOWHERE\"}");
                browser.driver.findElement(By.id("definition-save")).click();
                browser.waiting()
                        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("definition-status"), "400"));

                browser.driver.findElement(By.id("reindex")).click();
                browser.waiting()
                        .until(ExpectedConditions.textToBePresentInElementLocated(
                                By.id("reindex-status"), "Last rebuilt"));
            });
        }
        assertThat(HttpApi.basic(base, username, "a long first password")
                        .get("api/me")
                        .status())
                .as("a disabled user cannot log in")
                .isEqualTo(401);
    }

    @Test
    void anAdministratorDefinesAQueueAndAScorecardThroughTheirForms() {
        String id = UUID.randomUUID().toString().substring(0, 8);
        String skill = "ui-skill-" + id;
        HttpApi api = new HttpApi(base);
        long team = api.post("api/teams", "{\"name\": \"Forms %s\", \"serviceFunction\": \"SUPPORT\"}".formatted(id))
                .createdId();
        HttpApi.Reply hired = api.post("api/agents", """
                {"name": "Agent %s", "teamId": %d, "supportTier": "L1", "skills": [{"name": "%s", "proficiency": 3}],
                 "languages": [{"language": "en", "proficiency": 5}], "channels": [{"channel": "CHAT", "proficiency": 4}],
                 "hireDate": "2025-01-06"}""".formatted(id, team, skill));
        assertThat(hired.status()).as(hired.body()).isEqualTo(201);

        try (Browser browser = Browser.open()) {
            browser.login(base, ItUsers.ensure(base, "ADMIN"), ItUsers.PASSWORD, "ui/admin.html");
            browser.check("admin-queue-form", () -> {
                startNew(browser, "queues");
                browser.driver.findElement(By.id("definition-name")).sendKeys("ui-q-" + id);
                replace(browser, "Skill, row 1", skill);
                replace(browser, "Minimum proficiency (1–5), row 1", "2");
                browser.driver
                        .findElement(By.xpath("//button[text()='Add a step']"))
                        .click();
                replace(browser, "After (seconds), row 1", "45");
                browser.driver.findElement(By.id("definition-save")).click();
                browser.waiting().until(ExpectedConditions.textToBe(By.id("definition-status"), "Saved."));
            });
            browser.check("admin-scorecard-form", () -> {
                startNew(browser, "scorecards");
                WebElement name = browser.driver.findElement(By.xpath("//label[text()='Scorecard name']/../input"));
                name.clear();
                name.sendKeys("UI card " + id);
                browser.driver
                        .findElement(By.xpath("//button[text()='Add a criterion']"))
                        .click();
                replace(browser, "Criterion, row 2", "Identity checked");
                replace(browser, "Weight, row 1", "60");
                replace(browser, "Weight, row 2", "40");
                new Select(browser.driver.findElement(By.cssSelector("[aria-label='Critical, row 2']")))
                        .selectByValue("REVIEW");
                browser.driver.findElement(By.id("definition-save")).click();
                browser.waiting().until(ExpectedConditions.textToBe(By.id("definition-status"), "Saved."));
            });
        }

        JsonObject queue = api.get("api/routing/queues/ui-q-" + id).json();
        assertThat(queue.getJsonObject("skills").getInt(skill)).isEqualTo(2);
        JsonObject step = queue.getJsonArray("steps").getJsonObject(0);
        assertThat(step.getInt("afterSeconds")).isEqualTo(45);
        assertThat(step.getInt("proficiencyRelief")).isEqualTo(1);
        JsonObject card = api.get("api/quality/scorecards/"
                        + URLEncoder.encode("UI card " + id, StandardCharsets.UTF_8)
                                .replace("+", "%20"))
                .json();
        assertThat(card.getJsonArray("sections").getJsonObject(0).getJsonArray("criteria"))
                .extracting(c -> c.asJsonObject().getString("name") + " "
                        + c.asJsonObject().getString("critical"))
                .containsExactly("Greeting NONE", "Identity checked REVIEW");
    }

    /** Chooses a kind of definition and its "new…" item, once the kind's list has come. */
    private static void startNew(Browser browser, String kind) {
        new Select(browser.driver.findElement(By.id("definition-kind"))).selectByValue(kind);
        browser.waiting()
                .until(d -> !d.findElements(By.cssSelector("#definition-item option[value='new']"))
                        .isEmpty());
        new Select(browser.driver.findElement(By.id("definition-item"))).selectByValue("new");
    }

    /** Types a new value into the form field with that accessible name. */
    private static void replace(Browser browser, String label, String value) {
        WebElement field = browser.driver.findElement(By.cssSelector("[aria-label='" + label + "']"));
        field.clear();
        field.sendKeys(value);
    }
}
