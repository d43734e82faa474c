package org.frontline.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.UUID;
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
import org.openqa.selenium.support.ui.Select;

/**
 * Writing and reading the knowledge base in a real browser: a team lead writes an article (with markup that must not
 * run), publishes it, reads it, votes, changes it and compares the versions.
 */
@ExtendWith(ArquillianExtension.class)
class ArticleBrowserIT {
    @Deployment(testable = false)
    static WebArchive deployment() {
        return FrontlineDeployment.war();
    }

    @ArquillianResource
    private URL base;

    @Test
    void aTeamLeadWritesPublishesReadsAndRevisesAnArticle() {
        String id = UUID.randomUUID().toString().substring(0, 8);
        try (Browser browser = Browser.open()) {
            browser.login(base, ItUsers.ensure(base, "TEAM_LEAD"), ItUsers.PASSWORD, "ui/editor.html");
            browser.check("editor", () -> {
                type(browser, "title", "Reset the modem " + id);
                type(browser, "summary", "When the light blinks red");
                new Select(browser.driver.findElement(By.id("body-format"))).selectByValue("HTML");
                type(
                        browser,
                        "body",
                        "<p>Hold <strong>reset</strong> for 10 s.</p>"
                                + "<img src=x onerror=\"window.pwned=true\"><script>window.pwned=true</script>"
                                + "<a href=\"javascript:window.pwned=true\">click</a>");
                type(browser, "tags", "modem, reset");
                type(browser, "note", "First version");
                browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("publish")));
                browser.driver.findElement(By.id("publish")).click();
                browser.waiting()
                        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Published"));
                browser.driver.findElement(By.id("view")).click();
            });
            browser.check("article", () -> {
                browser.waiting().until(ExpectedConditions.textToBe(By.id("article-title"), "Reset the modem " + id));
                WebElement body = browser.driver.findElement(By.id("article-body"));
                assertThat(body.getText()).contains("Hold reset for 10 s.");
                assertThat(body.findElements(By.tagName("strong"))).hasSize(1);
                assertThat(body.findElements(By.tagName("img"))).isEmpty();
                assertThat(body.findElements(By.cssSelector("a[href^='javascript']")))
                        .isEmpty();
                assertThat(((JavascriptExecutor) browser.driver).executeScript("return window.pwned === true"))
                        .isEqualTo(false);
                assertThat(browser.driver.findElement(By.id("article-meta")).getText())
                        .contains("published", "modem");

                browser.driver.findElement(By.id("helpful")).click();
                browser.waiting()
                        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Thank you"));

                browser.driver.findElement(By.id("edit")).click();
            });
            browser.check("revise", () -> {
                browser.waiting()
                        .until(ExpectedConditions.attributeToBe(By.id("title"), "value", "Reset the modem " + id));
                WebElement title = browser.driver.findElement(By.id("title"));
                title.clear();
                title.sendKeys("Reset the router " + id);
                type(browser, "note", "It is a router");
                browser.driver.findElement(By.id("save")).click();
                browser.waiting()
                        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Saved: revision"));
                browser.driver.findElement(By.id("view")).click();

                browser.waiting().until(ExpectedConditions.textToBe(By.id("article-title"), "Reset the router " + id));
                browser.waiting()
                        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("versions"), "It is a router"));
                browser.driver
                        .findElement(By.cssSelector("#versions button:not([disabled])"))
                        .click();
                browser.waiting()
                        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("diff-fields"), "title"));
                assertThat(browser.driver.findElement(By.id("diff-fields")).getText())
                        .contains("Reset the modem " + id, "Reset the router " + id);
                browser.driver.findElement(By.id("translate")).click();
            });
            browser.check("translate", () -> {
                browser.waiting()
                        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Translating"));
                assertThat(new Select(browser.driver.findElement(By.id("language")))
                                .getFirstSelectedOption()
                                .getAttribute("value"))
                        .as("the first language the article is not in yet")
                        .isEqualTo("fr");
                WebElement title = browser.driver.findElement(By.id("title"));
                title.clear();
                title.sendKeys("Réinitialiser le routeur " + id);
                browser.driver.findElement(By.id("save")).click();
                browser.waiting()
                        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Saved: revision"));
                browser.driver.findElement(By.id("view")).click();

                browser.waiting()
                        .until(ExpectedConditions.textToBe(By.id("article-title"), "Réinitialiser le routeur " + id));
                browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("languages")));
                assertThat(browser.driver.findElement(By.id("language-links")).getText())
                        .isEqualTo("Reset the router " + id + " (en, original)");
                browser.driver
                        .findElement(By.linkText("Reset the router " + id + " (en, original)"))
                        .click();
                browser.waiting().until(ExpectedConditions.textToBe(By.id("article-title"), "Reset the router " + id));
                browser.waiting()
                        .until(ExpectedConditions.textToBe(
                                By.id("language-links"), "Réinitialiser le routeur " + id + " (fr, draft)"));
            });
        }
    }

    private static void type(Browser browser, String field, String text) {
        browser.driver.findElement(By.id(field)).sendKeys(text);
    }
}
