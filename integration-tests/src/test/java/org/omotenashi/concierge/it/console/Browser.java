package org.omotenashi.concierge.it.console;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Wait;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium on the console, for one test: the machine's {@code chromium} and {@code
 * chromedriver} (never Selenium Manager, which would download them), a fresh profile that is
 * deleted again on {@link #close()}, and the console's common steps, each of which waits until the
 * browser shows its result.
 *
 * <p>The binaries default to Debian's paths; the system properties {@code concierge.it.chromium}
 * and {@code concierge.it.chromedriver} point elsewhere.
 */
final class Browser implements AutoCloseable {
  private static final Duration PATIENCE = Duration.ofSeconds(20);

  /**
   * Quiet about the DevTools protocol: these tests use none of it, and Selenium warns at every
   * start that it has no module for this Chromium's version. Held here, because the logging
   * framework keeps only weak references to loggers, and their levels with them.
   */
  private static final Logger DEVTOOLS_LOG = quiet("org.openqa.selenium.devtools");

  private final URI baseUri;
  private final Path profile;
  private final ChromeDriver driver;
  private final WebDriverWait wait;

  /**
   * For the moments one page replaces another. Chromium then answers a lookup in the old document
   * with errors that are not "stale element" (seen: "Node with given id does not belong to the
   * document"), so any driver error means "not yet" here.
   */
  private final Wait<WebDriver> awaitNewPage;

  private Browser(URI baseUri, String language) {
    this.baseUri = baseUri;
    try {
      profile = Files.createTempDirectory("concierge-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("concierge.it.chromium", "/usr/bin/chromium"));
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        // A desktop-sized window: the console's wide layout, and the size of the screenshots.
        "--window-size=1280,960",
        "--lang=" + language,
        "--user-data-dir=" + profile);
    // Accept-Language comes from this preference: in headless mode --lang alone does not set it.
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                new File(System.getProperty("concierge.it.chromedriver", "/usr/bin/chromedriver")))
            .usingAnyFreePort()
            .build();
    try {
      driver = new ChromeDriver(service, options);
    } catch (RuntimeException e) {
      deleteProfile();
      throw e;
    }
    wait = new WebDriverWait(driver, PATIENCE);
    awaitNewPage = new WebDriverWait(driver, PATIENCE).ignoring(WebDriverException.class);
  }

  /** A browser whose user prefers English. */
  static Browser open(URI baseUri) {
    return open(baseUri, "en");
  }

  /** A browser whose user prefers this language (its Accept-Language), for example {@code ja}. */
  static Browser open(URI baseUri, String language) {
    return new Browser(baseUri, language);
  }

  /**
   * Loads a page of the application, given relative to its base address ({@code "login.xhtml"}).
   */
  Browser go(String relativePath) {
    driver.get(baseUri.resolve(relativePath).toString());
    return this;
  }

  /** Fills in the sign-in form, which must be showing, and sends it. */
  Browser signIn(String username, String password) {
    WebElement name = visible(By.id("login:username"));
    name.clear();
    name.sendKeys(username);
    WebElement secret = driver.findElement(By.id("login:password"));
    secret.clear();
    secret.sendKeys(password);
    driver.findElement(By.id("login:sign-in")).click();
    return this;
  }

  /** Signs in from the sign-in page and waits for the dashboard. */
  Browser signInToDashboard(String username, String password) {
    go("login.xhtml").signIn(username, password);
    awaitPage("console/index.xhtml");
    visible(By.id("staff-name"));
    return this;
  }

  /** Presses the top bar's sign-out button. */
  Browser signOut() {
    driver.findElement(By.id("topbar:sign-out")).click();
    return this;
  }

  /**
   * Presses a language in the language switch, {@code en} or {@code ja}, and waits for the page in
   * that language: the switch must be showing another one.
   */
  Browser chooseLanguage(String language) {
    driver.findElement(By.cssSelector("a[id$='language-" + language + "']")).click();
    awaitNewPage.until(
        browser ->
            language.equals(browser.findElement(By.tagName("html")).getAttribute("lang"))
                && loaded(browser));
    return this;
  }

  /** Waits until the browser shows this page of the application (given as for {@link #go}). */
  Browser awaitPage(String relativePath) {
    String expected = baseUri.resolve(relativePath).getPath();
    awaitNewPage.until(
        browser ->
            URI.create(browser.getCurrentUrl()).getPath().equals(expected) && loaded(browser));
    return this;
  }

  private static boolean loaded(WebDriver browser) {
    Object state = ((JavascriptExecutor) browser).executeScript("return document.readyState");
    return "complete".equals(state);
  }

  /** Waits until an element is visible and returns it. */
  WebElement visible(By locator) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  /** Waits until an element shows this text (as part of its own). */
  void awaitText(By locator, String text) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
  }

  /** The text of a visible element, as a reader sees it. */
  String text(By locator) {
    return visible(locator).getText();
  }

  /** The path of the page the browser shows, for example {@code /login.xhtml}. */
  String currentPath() {
    return URI.create(driver.getCurrentUrl()).getPath();
  }

  /** Elements matching a locator, now (no waiting): for asserting what is not there. */
  List<WebElement> all(By locator) {
    return driver.findElements(locator);
  }

  /** Saves what the browser shows as a PNG file. */
  void screenshot(Path file) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.copy(
          driver.getScreenshotAs(OutputType.FILE).toPath(),
          file,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Logger quiet(String name) {
    Logger logger = Logger.getLogger(name);
    logger.setLevel(Level.SEVERE);
    return logger;
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      deleteProfile();
    }
  }

  private void deleteProfile() {
    try (Stream<Path> files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    } catch (IOException e) {
      // A profile left behind in the temporary directory harms nothing; the test's result stands.
    }
  }
}
