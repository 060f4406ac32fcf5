package dev.scaffold.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium through Debian's chromedriver, downloads going to one
 * directory. Without /usr/bin/chromium or /usr/bin/chromedriver the test is skipped, saying why, unless
 * {@code -Dscaffold.requireBrowser=true} (CI) makes that a failure.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    final ChromeDriver driver;
    private final WebDriverWait wait;

    private Browser(ChromeDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    /** Skips (or, with scaffold.requireBrowser=true, fails) when the browser or the web bundle is missing. */
    static void assumeAvailable() {
        String missing = !Files.isExecutable(CHROMIUM) ? CHROMIUM + " (apt-get install chromium)"
                : !Files.isExecutable(CHROMEDRIVER) ? CHROMEDRIVER + " (apt-get install chromium-driver)"
                : !WebAssets.present(ServeSettings.WEB_ROOT) ? "the web bundle web/index.html on the classpath (built"
                        + " by the engine's build unless -Dscaffold.skipFrontend)"
                : null;
        if (missing == null) {
            return;
        }
        String message = "the browser test needs " + missing;
        if (Boolean.getBoolean("scaffold.requireBrowser")) {
            Assertions.fail(message + "; scaffold.requireBrowser=true makes that a failure");
        }
        Assumptions.abort(message + "; skipped (-Dscaffold.requireBrowser=true fails instead)");
    }

    /** The flags known to work on this kind of machine (no background networking on a closed network). */
    static Browser start(Path downloads, Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1280,1000", "--hide-scrollbars");
        options.setExperimentalOption("prefs", Map.of(
                "download.default_directory", downloads.toString(),
                "download.prompt_for_download", false,
                "download.directory_upgrade", true,
                "safebrowsing.enabled", false));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        return new Browser(new ChromeDriver(service, options));
    }

    WebElement waitFor(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    void waitUntilGone(By by) {
        wait.until(ExpectedConditions.invisibilityOfElementLocated(by));
    }

    boolean present(By by) {
        return !driver.findElements(by).isEmpty();
    }

    /** Replaces an input's text as a person would: select all, type. */
    void type(String id, String text) {
        WebElement input = waitFor(By.id(id));
        input.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"),
                org.openqa.selenium.Keys.DELETE);
        input.sendKeys(text);
    }

    /** The messages shown under a field (rjsf's error list of that field). */
    List<String> errorsUnder(String id) {
        WebElement field = driver.findElement(By.xpath("//*[@id='" + id + "']/ancestor::div[contains(@class,'field ')][1]"));
        return field.findElements(By.cssSelector(".error-detail li, .text-danger")).stream()
                .map(WebElement::getText).filter(text -> !text.isBlank()).distinct().toList();
    }

    /** A screenshot of the whole page (the window grown to the page's height, at most 3000 pixels) as a PNG. */
    void screenshot(Path png) {
        driver.executeScript("window.scrollTo(0, 0)");
        org.openqa.selenium.Dimension size = driver.manage().window().getSize();
        Number height = (Number) driver.executeScript("return document.documentElement.scrollHeight");
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(size.width, Math.min(3000, height.intValue() + 140)));
        try {
            Files.createDirectories(png.getParent());
            Files.write(png, driver.getScreenshotAs(OutputType.BYTES));
            driver.manage().window().setSize(size);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for a finished download (no .crdownload beside it). */
    Path download(Path downloads, String name) throws InterruptedException, IOException {
        Path file = downloads.resolve(name);
        for (int i = 0; i < 600; i++) {
            if (Files.exists(file) && !Files.exists(downloads.resolve(name + ".crdownload"))) {
                return file;
            }
            Thread.sleep(100);
        }
        try (var listing = Files.list(downloads)) {
            throw new AssertionError("no download " + name + " in " + downloads + ": " + listing.toList());
        }
    }

    /**
     * What the page logged as an error, less the browser's own line for each 4xx answer (the form
     * shows those errors itself): React's and rjsf's warnings and exceptions land here.
     */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue())
                .map(LogEntry::getMessage)
                .filter(message -> !message.matches(".*the server responded with a status of 4\\d\\d.*"))
                .toList();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
