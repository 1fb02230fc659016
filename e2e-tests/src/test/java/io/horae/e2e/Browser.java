package io.horae.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Headless Chromium (Debian's {@code chromium} and {@code chromium-driver}) at a desktop's or a phone's width, with the
 * waits and screenshots the browser tests need. Without Chromium the tests are skipped, unless
 * {@code horae.browser.required} (CI) says they must run.
 */
final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    /** A window size and the name its screenshots carry. */
    enum Width {
        DESKTOP(1280, 900), PHONE(390, 844);

        final int width;
        final int height;

        Width(int width, int height) {
            this.width = width;
            this.height = height;
        }
    }

    private final ChromeDriver driver;
    private final Width width;
    private final String journey;

    Browser(Width width, String journey) {
        this.width = width;
        this.journey = journey;
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--lang=en-GB", "--window-size=" + width.width + "," + width.height);
        if (width == Width.PHONE) {
            // a window cannot be narrower than 500 px: the phone's viewport is emulated
            options.setExperimentalOption("mobileEmulation", java.util.Map.of("deviceMetrics", java.util.Map.of(
                    "width", width.width, "height", width.height, "pixelRatio", 2.0, "touch", true)));
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
    }

    /** Whether this machine can run the browser tests. */
    private static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
    }

    /** Skips the calling test class unless Chromium is here, or CI requires the browser tests (then they fail). */
    static void assumeAvailable() {
        org.junit.jupiter.api.Assumptions.assumeTrue(available() || Boolean.getBoolean("horae.browser.required"),
                "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
    }

    WebDriver driver() {
        return driver;
    }

    void open(String url) {
        driver.get(url);
    }

    /** The element once it is visible (up to 20 s). */
    WebElement visible(String css) {
        return new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /** Whether the element shows now (no waiting). */
    boolean shows(String css) {
        return driver.findElement(By.cssSelector(css)).isDisplayed();
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Waits until {@code css} shows {@code text}-containing content. */
    void waitForText(String css, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
    }

    /** Waits until {@code css} shows any text, and answers it. */
    String waitForAnyText(String css) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
            String text = d.findElement(By.cssSelector(css)).getText();
            return text.isBlank() ? null : text;
        });
    }

    /** Clicks the element once it is clickable. */
    void click(String css) {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
    }

    void type(String css, String text) {
        WebElement field = visible(css);
        field.clear();
        field.sendKeys(text);
    }

    /** Writes {@code target/screenshots/<journey>-<width>-<step>.png}. */
    void screenshot(String step) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(journey + "-" + width.name().toLowerCase() + "-" + step
                    + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
