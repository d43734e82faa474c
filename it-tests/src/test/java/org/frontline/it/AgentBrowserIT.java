package org.frontline.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Instant;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The agent console in a real browser: an agent goes available, is offered a contact live, accepts it, finds the
 * article that answers its case, resolves the case with it and records the customer's satisfaction. The case's text
 * carries script, which must stay text.
 */
@ExtendWith(ArquillianExtension.class)
class AgentBrowserIT {
    private static final String XSS = "<img src=x onerror=window.pwned=true>";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return FrontlineDeployment.war();
    }

    @ArquillianResource
    private URL base;

    @Test
    void anAgentTakesAContactFindsTheArticleAndResolvesTheCase() {
        String id = UUID.randomUUID().toString().substring(0, 8);
        HttpApi admin = new HttpApi(base);
        long team = admin.post(
                        "api/teams", "{\"name\": \"Console %s\", \"serviceFunction\": \"SUPPORT\"}".formatted(id))
                .createdId();
        String skill = "console-" + id;
        long agent = admin.post("api/agents", """
                {"name": "Console Agent %s", "teamId": %d, "supportTier": "L1",
                 "skills": [{"name": "%s", "proficiency": 3}], "languages": [{"language": "en", "proficiency": 5}],
                 "channels": [{"channel": "PHONE", "proficiency": 4}], "hireDate": "2025-01-06"}""".formatted(id, team, skill)).createdId();
        String username = "console-" + id;
        admin.post("api/users", """
                {"username": "%s", "displayName": "Console Agent", "password": "%s", "roles": ["AGENT"], "agentId": %d}""".formatted(username, ItUsers.PASSWORD, agent))
                .createdId();
        long customer = admin.post("api/customers", "{\"name\": \"Console customer %s\"}".formatted(id))
                .createdId();
        long supportCase =
                admin.post("api/cases", """
                {"customerId": %d, "subject": "Router %s keeps dropping", "description": "It drops every hour %s",
                 "type": "incident"}""".formatted(customer, id, XSS)).createdId();
        String word = "zq" + id.replaceAll("[^a-z]", "") + "fix";
        long article = admin.post("api/articles", """
                {"title": "Router drops: the %s cure", "language": "en", "summary": "Stops the hourly drops",
                 "body": "Power cycle, then apply %s.", "audience": "INTERNAL"}""".formatted(word, word)).createdId();
        assertThat(admin.post("api/articles/" + article + "/publish", "{}").status())
                .isEqualTo(200);
        assertThat(admin.put("api/routing/queues/console-" + id, """
                {"skills": {"%s": 1}, "steps": [], "answerTargetSeconds": 30}""".formatted(skill))
                        .status())
                .isEqualTo(200);
        long contact = admin.post("api/contacts", """
                {"channel": "PHONE", "arrivedAt": "%s", "customerId": %d, "caseId": %d}""".formatted(Instant.now(), customer, supportCase))
                .createdId();

        try (Browser browser = Browser.open()) {
            browser.login(base, username, ItUsers.PASSWORD, "ui/agent.html");
            browser.check("agent", () -> {
                browser.waiting()
                        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("my-status"), "offline"));
                browser.driver.findElement(By.id("go-available")).click();
                browser.waiting()
                        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("my-status"), "available"));
                assertThat(admin.post("api/routing/contacts", """
                        {"contactId": %d, "queue": "console-%s", "language": "en"}""".formatted(contact, id))
                                .status())
                        .isEqualTo(201);

                By offer = By.cssSelector("#work li[data-contact='" + contact + "']");
                browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(offer, "Offered"));
                assertThat(browser.driver.findElement(offer).getText()).contains("Console customer", "SLA");
                browser.driver
                        .findElement(offer)
                        .findElement(By.xpath(".//button[text()='Accept']"))
                        .click();

                browser.waiting()
                        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-title"), "Router " + id));
                assertThat(browser.driver.findElement(By.id("case-description")).getText())
                        .contains(XSS);
                assertThat(((JavascriptExecutor) browser.driver).executeScript("return window.pwned === true"))
                        .isEqualTo(false);

                browser.driver.findElement(By.id("kb-q")).sendKeys(word);
                browser.driver.findElement(By.cssSelector("#kb-search button")).click();
                browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("kb-hits"), word));
                browser.driver.findElement(By.cssSelector("#kb-hits button")).click();
                new Select(browser.driver.findElement(By.id("resolution"))).selectByValue("FIXED");
                browser.driver.findElement(By.id("resolve-button")).click();
                browser.waiting()
                        .until(ExpectedConditions.textToBe(
                                By.id("status"),
                                "Case " + supportCase + " resolved, with the article that solved it."));

                browser.driver.findElement(By.cssSelector("#csat button")).click();
                browser.waiting().until(ExpectedConditions.textToBe(By.id("status"), "Satisfaction recorded."));
            });
        }

        JsonObject resolved = admin.get("api/cases/" + supportCase).json();
        assertThat(resolved.getString("status")).isEqualTo("RESOLVED");
        assertThat(resolved.getString("resolutionCode")).isEqualTo("FIXED");
        assertThat(admin.get("api/cases/" + supportCase + "/articles").body()).contains("\"articleId\":" + article);
        assertThat(admin.get("api/contacts/" + contact).json().getInt("csat")).isEqualTo(5);
    }
}
