package org.frontline.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian chromium driven through its chromedriver (both from apt; .ci/run installs them, nothing is
 * downloaded at test time), and screenshots of a screen whose test failed, under {@code target/screenshots}.
 */
final class Browser implements AutoCloseable {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    final WebDriver driver;

    private Browser(WebDriver driver) {
        this.driver = driver;
    }

    /** A fresh headless browser; the test is skipped, saying why, where chromium is not installed. */
    static Browser open() {
        Assumptions.assumeTrue(
                Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "browser tests need Debian's chromium and chromium-driver (apt-get install chromium chromium-driver;"
                        + " .ci/run installs them)");
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments(
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-dev-shm-usage",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--no-first-run",
                        "--window-size=1400,1000");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .build();
        return new Browser(new ChromeDriver(service, options));
    }

    /** Logs in on the login page, then waits for the screen at {@code next} (relative to the application) to open. */
    void login(URL base, String username, String password, String next) {
        driver.get(base + "login.html?next=" + next);
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("login")).click();
        waiting().until(ExpectedConditions.urlToBe(base + next));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
    }

    WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    /** Runs the checks of a screen; when one fails, saves what the browser showed as {@code name}.png first. */
    void check(String name, Runnable checks) {
        try {
            checks.run();
        } catch (RuntimeException | AssertionError e) {
            try {
                Path folder = Files.createDirectories(Path.of("target", "screenshots"));
                Files.write(
                        folder.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            } catch (IOException io) {
                e.addSuppressed(new UncheckedIOException(io));
            }
            throw e;
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
