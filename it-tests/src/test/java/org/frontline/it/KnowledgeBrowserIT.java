package org.frontline.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.net.URL;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The knowledge-base search screen in a real browser: suggestions, results with marked words, facets, inert HTML. */
@ExtendWith(ArquillianExtension.class)
class KnowledgeBrowserIT {
    @Deployment(testable = false)
    static WebArchive deployment() {
        return FrontlineDeployment.war();
    }

    @ArquillianResource
    private URL base;

    @Test
    void anAgentFindsAnArticleWithItsWordsMarkedAndNoArticleRunsScript() {
        // A word of this run's own, so earlier runs' articles (the database may be kept) do not get in the way.
        String word = "zorblax" + letters(6);
        publish("Calibrating the " + word + " module", "Hold the " + word + " button for ten seconds to calibrate it.");
        publish(
                "<img src=x onerror=\"window.attacked=true\"> " + word + " notes",
                "<script>window.attacked = true</script>The " + word + " notes, with <b>bold</b> words.");

        try (Browser browser = Browser.open()) {
            browser.login(base, ItUsers.ensure(base, "AGENT"), ItUsers.PASSWORD, "ui/knowledge.html");
            browser.check("knowledge", () -> {
                WebElement box = browser.driver.findElement(By.id("q"));
                box.sendKeys("Calibrating the " + word.substring(0, 5));
                browser.waiting()
                        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#suggestions option")));
                box.clear();
                box.sendKeys(word);
                browser.driver.findElement(By.cssSelector("#search button")).click();
                browser.waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#hits .hit"), 2));

                assertThat(browser.driver.findElement(By.id("status")).getText())
                        .startsWith("Articles 1–2 of 2");
                assertThat(browser.driver.findElements(By.cssSelector("#hits .hit h3")))
                        .extracting(WebElement::getText)
                        .contains("Calibrating the " + word + " module")
                        .anyMatch(title -> title.startsWith("<img src=x onerror="));
                assertThat(browser.driver.findElements(By.cssSelector("#hits mark")))
                        .isNotEmpty()
                        .allSatisfy(mark -> assertThat(mark.getText()).containsIgnoringCase(word));
                assertThat(browser.driver.findElements(By.cssSelector("#hits img, #hits script, #hits b")))
                        .isEmpty();
                assertThat(((JavascriptExecutor) browser.driver).executeScript("return window.attacked === undefined"))
                        .isEqualTo(true);
                assertThat(browser.driver.findElements(By.cssSelector("#facets fieldset legend")))
                        .extracting(WebElement::getText)
                        .contains("Language");
            });
        }
    }

    private void publish(String title, String body) {
        HttpApi api = new HttpApi(base);
        HttpApi.Reply written = api.post(
                "api/articles",
                Json.createObjectBuilder()
                        .add("title", title)
                        .add("body", body)
                        .add("bodyFormat", "HTML")
                        .add("tags", Json.createArrayBuilder().add("calibration"))
                        .add("language", "en")
                        .add("audience", "INTERNAL")
                        .build()
                        .toString());
        assertThat(written.status()).as(written.body()).isEqualTo(201);
        long id = written.json().getJsonNumber("id").longValue();
        assertThat(api.post("api/articles/" + id + "/publish", "{}").status()).isEqualTo(200);
    }

    private static String letters(int count) {
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < count; i++) {
            letters.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return letters.toString();
    }
}
