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
}
