package dev.finchat.system;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium as a person uses it: finds fields by their visible label and buttons by their
 * text. Uses Debian's {@code chromium} and {@code chromedriver}; a missing browser fails the test.
 */
final class Browser implements AutoCloseable {

  static final String CHROMIUM = "/usr/bin/chromium";
  static final String CHROMEDRIVER = "/usr/bin/chromedriver";

  final WebDriver driver;

  Browser() throws Exception {
    for (String binary : new String[] {CHROMIUM, CHROMEDRIVER}) {
      if (!new File(binary).canExecute()) {
        throw new IllegalStateException(
            binary + " is missing: apt-get install chromium chromium-driver");
      }
    }
    var options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1000,760",
        "--user-data-dir=" + Files.createTempDirectory("finchat-chromium"));
    var service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER))
            .usingAnyFreePort()
            .build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
  }

  void open(String url) {
    driver.get(url);
  }

  /** The form control whose visible label is exactly {@code label}. */
  WebElement field(String label) {
    String id =
        driver
            .findElement(By.xpath("//label[normalize-space(.)='" + label + "']"))
            .getAttribute("for");
    return driver.findElement(By.id(id));
  }

  void type(String label, String text) {
    var field = field(label);
    field.clear();
    field.sendKeys(text);
  }

  void press(String button) {
    driver
        .findElement(
            By.xpath(
                "//input[@type='submit' and @value='"
                    + button
                    + "'] | //button[normalize-space(.)='"
                    + button
                    + "']"))
        .click();
  }

  void follow(String link) {
    driver.findElement(By.linkText(link)).click();
  }

  String path() {
    return java.net.URI.create(driver.getCurrentUrl()).getPath();
  }

  /** Waits until the browser shows {@code path} (a click returns before the next page loads). */
  String waitForPath(String path) {
    try {
      new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> path.equals(path()));
    } catch (TimeoutException e) {
      // fall through: the caller's assertion names what was shown instead
    }
    return path();
  }

  /** Opens {@code url}, which leads to the sign-in form, signs in and waits for the chat page. */
  void signIn(String url, String username, String password) {
    open(url);
    type("Username", username);
    type("Password", password);
    press("Sign in");
    waitForPath("/chat/");
  }

  /** A browser signed in on the chat page, once its live connection is up. */
  static Browser signedInToChat(RunningSystem system, String username, String password)
      throws Exception {
    var browser = new Browser();
    browser.signIn(system.url("/chat/"), username, password);
    browser
        .waiting()
        .until(ExpectedConditions.attributeToBe(By.id("status"), "data-state", "online"));
    return browser;
  }

  /** Waits, for what a test expects to see, as long as a page may take on a busy machine. */
  WebDriverWait waiting() {
    return new WebDriverWait(driver, Duration.ofSeconds(15));
  }

  String text(String css) {
    return driver.findElement(By.cssSelector(css)).getText();
  }

  /**
   * Shows pages as a system set to dark mode does ({@code prefers-color-scheme: dark}), from this
   * page on, or as one set to light mode.
   */
  void colorScheme(String scheme) {
    ((ChromeDriver) driver)
        .executeCdpCommand(
            "Emulation.setEmulatedMedia",
            Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
  }

  /** Shows pages as a phone 375 px wide does, viewport meta tag and all. */
  void phoneWidth() {
    ((ChromeDriver) driver)
        .executeCdpCommand(
            "Emulation.setDeviceMetricsOverride",
            Map.of("width", 375, "height", 740, "deviceScaleFactor", 1, "mobile", true));
  }

  /** How far the page reaches sideways, in CSS pixels: wider than the window means it scrolls. */
  long pageWidth() {
    return ((Number) script("return document.documentElement.scrollWidth;")).longValue();
  }

  Object script(String script, Object... arguments) {
    return ((JavascriptExecutor) driver).executeScript(script, arguments);
  }

  /** Saves what the page looks like, for people reading a failed run. */
  void screenshot(String name) throws Exception {
    Path target = Path.of(TestSystem.deployDir()).getParent().resolve("screenshots");
    Files.createDirectories(target);
    Files.write(
        target.resolve(name + ".png"),
        ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
  }

  @Override
  public void close() {
    driver.quit();
  }
}
