package org.frontline.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Instant;
import java.util.List;
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
 * The supervisor dashboard in a real browser: KPI cards with targets, trend charts, the staffing calculator, 80/20,
 * topics, satisfaction.
 */
@ExtendWith(ArquillianExtension.class)
class DashboardBrowserIT {
    @Deployment(testable = false)
    static WebArchive deployment() {
        return FrontlineDeployment.war();
    }

    @ArquillianResource
    private URL base;

    @Test
    void aSupervisorReadsTheCentresKpisAndRunsTheStaffingCalculator() {
        // Something in the period on either database: a contact answered today about a topic of this test's own.
        HttpApi api = new HttpApi(base);
        String topic = "dash" + UUID.randomUUID().toString().substring(0, 8) + ".question";
        String now = Instant.now().minusSeconds(60).toString();
        assertThat(api.post("api/contacts", """
                        {"channel": "PHONE", "arrivedAt": "%s", "answeredAt": "%s", "endedAt": "%s", "talkSeconds": 30,
                         "reasonCode": "%s"}""".formatted(now, now, now, topic)).status())
                .isEqualTo(201);

        try (Browser browser = Browser.open()) {
            browser.login(base, ItUsers.ensure(base, "SUPERVISOR"), ItUsers.PASSWORD, "ui/dashboard.html");
            browser.check("dashboard", () -> {
                browser.waiting().until(ExpectedConditions.textToBe(By.id("status"), "Showing the last 30 days."));
                browser.waiting()
                        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("live-agents"), "Agents now:"));
                assertThat(browser.driver.findElement(By.id("live-queues")).getText())
                        .contains("Waiting", "Longest wait");
                List<WebElement> cards = browser.driver.findElements(By.cssSelector("#cards .card"));
                assertThat(cards).hasSize(10);
                WebElement serviceLevel = browser.driver.findElement(By.cssSelector(".card[data-kpi='service-level']"));
                assertThat(serviceLevel.getAttribute("title")).contains("answer target");
                assertThat(serviceLevel.findElement(By.className("value")).getText())
                        .matches("[0-9.]+ %");
                assertThat(browser.driver.findElements(By.cssSelector("#charts canvas")))
                        .hasSize(6);
                assertThat(browser.driver.findElement(By.id("pareto-summary")).getText())
                        .startsWith("The top 20 % of");
                assertThat(browser.driver.findElement(By.id("topics")).getText())
                        .contains("Topic", "Contacts");

                // The staffing calculator: 120 calls a half-hour at 300 s is 20 Erlangs; 80 % within 20 s.
                WebElement arrivals = browser.driver.findElement(By.id("arrivals"));
                arrivals.clear();
                arrivals.sendKeys("120");
                browser.driver.findElement(By.cssSelector("#staffing button")).click();
                browser.waiting()
                        .until(ExpectedConditions.textToBePresentInElementLocated(
                                By.id("staffing-result"), "agents taking contacts meet the target"));
                assertThat(browser.driver.findElement(By.id("staffing-result")).getText())
                        .startsWith("Traffic 20.0 Erlangs");
                browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("staffing-chart")));

                new Select(browser.driver.findElement(By.id("period"))).selectByValue("7");
                browser.waiting().until(ExpectedConditions.textToBe(By.id("status"), "Showing the last 7 days."));
            });
        }
    }

    @Test
    void aSupervisorReadsTheWeekPlanAndSimulatesAWhatIf() {
        String queue = "plan-" + UUID.randomUUID().toString().substring(0, 8);
        HttpApi admin = new HttpApi(base);
        HttpApi.Reply team =
                admin.post("api/teams", "{\"name\": \"Plan %s\", \"serviceFunction\": \"SUPPORT\"}".formatted(queue));
        assertThat(team.status()).as(team.body()).isEqualTo(201);
        HttpApi.Reply agent = admin.post("api/agents", """
                {"name": "Planner %s", "teamId": %d, "supportTier": "L1", "skills": [{"name": "%s", "proficiency": 3}],
                 "languages": [{"language": "en", "proficiency": 5}], "channels": [{"channel": "PHONE", "proficiency": 3}],
                 "hireDate": "2025-01-06"}""".formatted(
                        queue, team.json().getJsonNumber("id").longValue(), queue));
        assertThat(agent.status()).as(agent.body()).isEqualTo(201);
        assertThat(admin.put("api/routing/queues/" + queue, """
                        {"skills": {"%s": 1}, "steps": [], "answerTargetSeconds": 20}""".formatted(queue))
                        .status())
                .isEqualTo(200);

        try (Browser browser = Browser.open()) {
            browser.login(base, ItUsers.ensure(base, "SUPERVISOR"), ItUsers.PASSWORD, "ui/planning.html");
            browser.check("planning", () -> {
                browser.waiting()
                        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("plan-summary"), "Scheduled"));
                new Select(browser.driver.findElement(By.id("sim-queue"))).selectByValue(queue);
                WebElement replications = browser.driver.findElement(By.id("sim-replications"));
                replications.clear();
                replications.sendKeys("3");
                browser.driver.findElement(By.id("simulate")).click();
                browser.waiting()
                        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("sim-status"), " done."));
                assertThat(browser.driver.findElement(By.id("sim-results")).getText())
                        .contains("now", "what if", queue);
                WebElement progress = browser.driver.findElement(By.id("sim-progress"));
                assertThat(progress.getAttribute("value")).isEqualTo(progress.getAttribute("max"));
            });
        }
    }
}
