package org.hearth.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.hearth.server.testing.HearthServer;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
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
 * One browser profile (its own user data directory, so its own IndexedDB and keys) in headless
 * Chromium, pointed at one Hearth server. It records the console and the network log of its pages,
 * so a test can check that no CSP rule was broken and no other origin was contacted.
 *
 * <p>The browser and driver are the system's ({@code /usr/bin/chromium}, {@code
 * /usr/bin/chromedriver}; override with {@code -Dhearth.chromium=…} and {@code
 * -Dhearth.chromedriver=…}): Selenium is given the driver's path, so it never looks for or
 * downloads one.
 */
final class Browser implements AutoCloseable {
  static final Duration WAIT = Duration.ofSeconds(30);
  static final Path SCREENSHOTS = Path.of("target", "screenshots").toAbsolutePath();

  private final HearthServer hearth;
  private final ChromeDriver driver;
  private final Path profile;
  private final Path downloads;
  private final List<String> console = new ArrayList<>();
  private final List<String> requests = new ArrayList<>();

  Browser(HearthServer hearth, String name) {
    this.hearth = hearth;
    try {
      Path root = Path.of("target", "browsers").toAbsolutePath();
      Files.createDirectories(root);
      this.profile = Files.createTempDirectory(root, name + "-profile-");
      this.downloads = Files.createTempDirectory(root, name + "-downloads-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Path chromium = Path.of(System.getProperty("hearth.chromium", "/usr/bin/chromium"));
    Path chromedriver = Path.of(System.getProperty("hearth.chromedriver", "/usr/bin/chromedriver"));
    if (!Files.isExecutable(chromium) || !Files.isExecutable(chromedriver)) {
      throw new IllegalStateException(
          "browser tests need Debian's chromium and chromium-driver (./hearth test installs them)");
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.toString());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--no-first-run",
        "--no-default-browser-check",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-extensions",
        "--disable-features=Translate,OptimizationHints,MediaRouter",
        "--window-size=1280,900",
        "--user-data-dir=" + profile);
    options.setExperimentalOption(
        "prefs",
        Map.of(
            "download.default_directory",
            downloads.toString(),
            "download.prompt_for_download",
            false));
    LoggingPreferences logging = new LoggingPreferences();
    logging.enable(LogType.BROWSER, Level.ALL);
    logging.enable(LogType.PERFORMANCE, Level.ALL);
    options.setCapability("goog:loggingPrefs", logging);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(chromedriver.toFile())
            .usingAnyFreePort()
            .build();
    this.driver = new ChromeDriver(service, options);
  }

  ChromeDriver driver() {
    return driver;
  }

  Path downloads() {
    return downloads;
  }

  /** Opens {@code path} on the server and waits for the page to load. */
  Browser open(String path) {
    driver.get(hearth.uri(path).toString());
    return this;
  }

  WebElement find(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  WebElement visible(String css) {
    return await(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  /** Waits until {@code text} is visible somewhere in the element {@code css}. */
  void waitForText(String css, String text) {
    await(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
  }

  /** Waits for a condition; on timeout the failure shows what the page said and logged. */
  <T> T await(java.util.function.Function<org.openqa.selenium.WebDriver, T> condition) {
    try {
      return new WebDriverWait(driver, WAIT).until(condition);
    } catch (org.openqa.selenium.TimeoutException e) {
      drainLogs();
      throw new AssertionError(
          e.getMessage().lines().findFirst().orElse("")
              + "\n--- page text ---\n"
              + driver.findElement(By.tagName("body")).getText()
              + "\n--- console ---\n"
              + String.join("\n", console),
          e);
    }
  }

  void type(String css, String text) {
    WebElement field = visible(css);
    field.clear();
    field.sendKeys(text);
  }

  void click(String css) {
    await(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
  }

  String text(String css) {
    return find(css).getText();
  }

  /** Joins the group of the chat page that is open, with this display name. */
  void joinOpenGroup(String groupId, String displayName) {
    open("/groups/" + groupId + "/chat");
    type("#join-name", displayName);
    click("#join-accept");
    click("#join-submit");
    visible("#chat");
  }

  /**
   * Joins an open group with the keyboard alone: the name field, past the guidelines to the
   * checkbox (space), then the join button (enter).
   */
  void joinOpenGroupByKeyboard(String groupId, String displayName) {
    open("/groups/" + groupId + "/chat");
    visible("#join-name").click();
    driver
        .switchTo()
        .activeElement()
        .sendKeys(displayName, Keys.TAB, Keys.TAB, Keys.SPACE, Keys.TAB, Keys.ENTER);
    visible("#chat");
  }

  /** Replies in the first thread with the keyboard alone: text, tab past the warning, enter. */
  void replyByKeyboard(String body) {
    find("form.reply textarea").click();
    driver.switchTo().activeElement().sendKeys(body, Keys.TAB, Keys.TAB, Keys.ENTER);
    waitForText("#threads", body);
  }

  /** Starts a thread on the open chat page and waits until it shows. */
  void startThread(String title, String body, String contentWarning) {
    type("#thread-title", title);
    type("#thread-body", body);
    if (contentWarning != null) {
      type("#thread-cw", contentWarning);
    }
    click("#new-thread button[type=submit]");
    waitForText("#threads", contentWarning != null ? contentWarning : body);
  }

  /** Replies in the thread whose heading shows {@code title}. */
  void reply(String title, String body) {
    WebElement thread =
        driver.findElement(
            By.xpath(
                "//section[contains(@class,'thread')][.//h3[normalize-space()="
                    + xpathLiteral(title)
                    + "]]"));
    WebElement field = thread.findElement(By.cssSelector("form.reply textarea"));
    field.sendKeys(body);
    thread.findElement(By.cssSelector("form.reply button[type=submit]")).click();
    waitForText("#threads", body);
  }

  /**
   * Moves the focus with the Tab key alone until the element {@code css} has it, proving it is in
   * the keyboard's reach; fails after {@code 80} presses.
   */
  WebElement tabTo(String css) {
    WebElement target = visible(css);
    for (int i = 0; i < 80; i++) {
      WebElement active = driver.switchTo().activeElement();
      if (active.equals(target)) {
        return active;
      }
      active.sendKeys(Keys.TAB);
    }
    throw new AssertionError(css + " cannot be reached with the Tab key");
  }

  /** Shows the page at {@code width} CSS pixels (a phone below 600). */
  void viewport(int width) {
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", 800, "deviceScaleFactor", 1, "mobile", width < 600));
  }

  /**
   * Emulates the device's colour scheme preference ({@code light} or {@code dark}), with reduced
   * motion.
   */
  void colorScheme(String scheme) {
    driver.executeCdpCommand(
        "Emulation.setEmulatedMedia",
        Map.of(
            "features",
            List.of(
                Map.of("name", "prefers-color-scheme", "value", scheme),
                // No transitions, so colours are measured as they settle, not half-way.
                Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
  }

  void resetViewport() {
    driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
  }

  /**
   * Runs axe-core (its source, read from disk) on the open page with the rules of {@code tags};
   * returns one line per violation: rule, impact and the elements it found.
   */
  @SuppressWarnings("unchecked")
  List<String> axe(String axeSource, List<String> tags) {
    if (!Boolean.TRUE.equals(script("return typeof window.axe === 'object';"))) {
      script(axeSource);
    }
    Object result =
        driver.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}})"
                + ".then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): '"
                + " + v.nodes.map(n => n.target.join(' ')).join(', ')"
                + " + ' [' + ((v.nodes[0].any[0] || v.nodes[0].all[0] || {}).message || '') + ']')))"
                + ".catch(e => done(['axe failed: ' + e]));",
            tags);
    return (List<String>) result;
  }

  /** The number of network requests the pages made so far. */
  int requestCount() {
    drainLogs();
    return requests.size();
  }

  /** The requests made after the first {@code count}. */
  List<String> requestsAfter(int count) {
    drainLogs();
    return List.copyOf(requests.subList(count, requests.size()));
  }

  Object script(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /**
   * Saves full-page screenshots of the current page at phone width (360 px) and desktop width (1280
   * px) as {@code target/screenshots/<name>-<width>.png}.
   */
  List<Path> screenshots(String name) {
    List<Path> saved = new ArrayList<>();
    for (int width : new int[] {360, 1280}) {
      driver.executeCdpCommand(
          "Emulation.setDeviceMetricsOverride",
          Map.of("width", width, "height", 800, "deviceScaleFactor", 1, "mobile", width < 600));
      Number height = (Number) script("return document.documentElement.scrollHeight;");
      Map<String, Object> shot =
          driver.executeCdpCommand(
              "Page.captureScreenshot",
              Map.of(
                  "format",
                  "png",
                  "captureBeyondViewport",
                  true,
                  "clip",
                  Map.of("x", 0, "y", 0, "width", width, "height", height.intValue(), "scale", 1)));
      Path file = SCREENSHOTS.resolve(name + "-" + width + ".png");
      try {
        Files.createDirectories(SCREENSHOTS);
        Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      saved.add(file);
    }
    driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    return saved;
  }

  /** Reads the logs gathered so far into this object (the driver hands each entry out once). */
  private void drainLogs() {
    for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
      console.add(entry.getLevel() + " " + entry.getMessage());
    }
    for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
      JsonObject message =
          Json.createReader(new StringReader(entry.getMessage()))
              .readObject()
              .getJsonObject("message");
      if ("Network.requestWillBeSent".equals(message.getString("method", ""))) {
        requests.add(message.getJsonObject("params").getJsonObject("request").getString("url", ""));
      }
    }
  }

  /**
   * Asserts that the pages logged no CSP violation (Chromium logs each as a console error) and that
   * every network request (http, https, ws, wss, ftp) went to the instance's own origin. Chromium's
   * own pages (chrome://, the new-tab page before the first navigation) and data: or blob: URLs
   * never leave the machine.
   */
  void assertOnlyOwnOriginAndNoCspViolations() {
    drainLogs();
    List<String> violations =
        console.stream()
            .filter(line -> line.contains("Content Security Policy") || line.contains("Refused to"))
            .toList();
    assertEquals(List.of(), violations, "CSP violations in the console");
    URI base = hearth.baseUri();
    List<String> foreign =
        requests.stream()
            .filter(url -> url.matches("(?i)(https?|wss?|ftp):.*"))
            .filter(
                url -> {
                  URI uri = URI.create(url);
                  return !(base.getScheme().equals(uri.getScheme())
                      && base.getHost().equals(uri.getHost())
                      && base.getPort() == uri.getPort());
                })
            .toList();
    assertEquals(List.of(), foreign, "requests to other origins");
    if (requests.isEmpty()) {
      throw new AssertionError("the network log recorded no request at all");
    }
  }

  @Override
  public void close() {
    driver.quit();
  }

  private static String xpathLiteral(String text) {
    return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
  }
}
