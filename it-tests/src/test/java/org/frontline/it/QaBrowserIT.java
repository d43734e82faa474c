package org.frontline.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
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
 * The QA console in a real browser: an analyst draws an audit (its sample size shown as they type), reviews a sampled
 * contact against the scorecard with the score worked out live, and reads the audit's report.
 */
@ExtendWith(ArquillianExtension.class)
class QaBrowserIT {
    @Deployment(testable = false)
    static WebArchive deployment() {
        return FrontlineDeployment.war();
    }

    @ArquillianResource
    private URL base;

    @Test
    void anAnalystDrawsAnAuditReviewsAContactAndReadsTheReport() {
        String id = UUID.randomUUID().toString().substring(0, 8);
        HttpApi admin = new HttpApi(base);
        String scorecard = "QA screen " + id;
        assertThat(admin.post("api/quality/scorecards", """
                {"name": "%s", "passMark": 80, "sections": [{"name": "Call", "weight": 100, "criteria": [
                  {"name": "Greeting", "weight": 50}, {"name": "Verified identity", "weight": 50, "critical": "REVIEW"}]}]}""".formatted(scorecard))
                        .status())
                .isEqualTo(201);
        long team = admin.post(
                        "api/teams", "{\"name\": \"QA screen %s\", \"serviceFunction\": \"SUPPORT\"}".formatted(id))
                .createdId();
        long worker = hire(admin, "Worker " + id, team);
        long analyst = hire(admin, "Analyst " + id, team);
        String username = "qa-" + id;
        admin.post("api/users", """
                {"username": "%s", "displayName": "QA Analyst", "password": "%s", "roles": ["QA_ANALYST"], "agentId": %d}""".formatted(username, ItUsers.PASSWORD, analyst))
                .createdId();
        // A day of its own in the past, so the audit's population is exactly these three calls.
        LocalDate day =
                LocalDate.of(2001, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(8000));
        for (int hour = 9; hour < 12; hour++) {
            String at = day.atTime(hour, 0).toInstant(java.time.ZoneOffset.UTC).toString();
            admin.post("api/contacts", """
                    {"channel": "PHONE", "agentId": %d, "teamId": %d, "arrivedAt": "%s", "answeredAt": "%s",
                     "endedAt": "%s", "talkSeconds": 200}""".formatted(worker, team, at, at, at)).createdId();
        }

        try (Browser browser = Browser.open()) {
            browser.login(base, username, ItUsers.PASSWORD, "ui/qa.html");
            browser.check("qa", () -> {
                browser.waiting()
                        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("sample-size"), "Sample: 385"));
                WebElement margin = browser.driver.findElement(By.id("audit-margin"));
                margin.clear();
                margin.sendKeys("10");
                browser.waiting()
                        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("sample-size"), "Sample: 97"));

                browser.driver.findElement(By.id("audit-name")).sendKeys("Screen audit " + id);
                new Select(browser.driver.findElement(By.id("audit-scorecard"))).selectByValue(scorecard);
                setDate(browser, "audit-from", day);
                setDate(browser, "audit-to", day);
                assertThat(browser.driver.findElement(By.id("audit-analysts")).getAttribute("value"))
                        .isEqualTo(String.valueOf(analyst));
                browser.driver.findElement(By.id("draw")).click();
                browser.waiting()
                        .until(ExpectedConditions.textToBePresentInElementLocated(
                                By.id("status"), "drawn: 3 of 3 contacts sampled"));

                browser.waiting()
                        .until(ExpectedConditions.presenceOfElementLocated(
                                By.cssSelector("#queue button[aria-label^='Review contact']")));
                browser.driver
                        .findElement(By.cssSelector("#queue button[aria-label^='Review contact']"))
                        .click();
                browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("review-criteria")));
                for (WebElement answer : browser.driver.findElements(By.cssSelector("#review-criteria select"))) {
                    new Select(answer).selectByValue("1");
                }
                browser.waiting()
                        .until(ExpectedConditions.textToBePresentInElementLocated(
                                By.id("review-score"), "Score so far 100.0 of 100"));
                browser.driver.findElement(By.id("submit-review")).click();
                browser.waiting()
                        .until(ExpectedConditions.textToBe(By.id("status"), "Review submitted: score 100.0, passed."));

                browser.driver
                        .findElement(By.cssSelector("#audits button[aria-label^='Report of audit']"))
                        .click();
                browser.waiting()
                        .until(ExpectedConditions.textToBePresentInElementLocated(
                                By.id("report-summary"), "Interim: 1 of 3 reviewed"));
                assertThat(browser.driver.findElement(By.id("report-summary")).getText())
                        .contains("Compliance 100.0 %");
                assertThat(browser.driver.findElement(By.id("report-csv")).getAttribute("href"))
                        .endsWith("/report.csv");
            });
        }
    }

    private static void setDate(Browser browser, String field, LocalDate day) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                .executeScript("document.getElementById(arguments[0]).value = arguments[1]", field, day.toString());
    }

    private static long hire(HttpApi admin, String name, long team) {
        return admin.post("api/agents", """
                {"name": "%s", "teamId": %d, "supportTier": "L1", "skills": [{"name": "general", "proficiency": 3}],
                 "languages": [{"language": "en", "proficiency": 5}],
                 "channels": [{"channel": "PHONE", "proficiency": 3}], "hireDate": "2000-01-03"}""".formatted(name, team)).createdId();
    }
}
