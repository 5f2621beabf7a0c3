package se.jamtland.testsupport.browser;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumDriverLogLevel;
import se.jamtland.testinfra.LogCanaryScan;
import se.jamtland.testinfra.ScratchDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A real, headless browser for the staff UIs' tests (issue 13, quality bar): Debian's chromium driven through
 * Debian's chromedriver by Selenium. Nothing is ever downloaded: the driver is named here, so Selenium Manager is
 * not asked for one, and {@code SE_OFFLINE} keeps it offline should anything ask it anyway.
 *
 * <p>Starting one takes about a second, so a test class keeps one for all its tests and calls {@link #newSession()}
 * before each, which forgets every cookie: one test's login never leaks into the next.
 */
public final class Browser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /**
     * Chromium's launch flags (architecture.md, "Infrastructure that works on these machines"): headless, as root
     * (no sandbox), no GPU; and none of its own traffic (QUIC, first-run, background networking, component updates,
     * sync), which on the closed network would only be refused connections and lookups of Google's hosts.
     */
    public static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");
    /** A laptop's screen: the pages and the docs screenshots are seen at this size. */
    public static final Dimension WINDOW = new Dimension(1280, 900);
    /** What `.ci/run` installs, and what a developer types when the browser is missing. */
    public static final String INSTALL = "apt-get install chromium chromium-driver";

    private static final Duration PAGE_LOAD_TIMEOUT = Duration.ofSeconds(30);
    /**
     * Selenium looks for a CDP binding of chromium's exact version at every start and warns when it has none; the
     * harness needs none (it sends its few CDP commands through chromedriver), and Debian updates chromium on its
     * own schedule, not Selenium's. Held here: java.util.logging keeps loggers only weakly.
     */
    private static final Logger CDP_VERSION_FINDER = quiet("org.openqa.selenium.devtools.CdpVersionFinder");
    private static final AtomicInteger STARTED = new AtomicInteger();

    private final ChromeDriverService service;
    private final ChromeDriver driver;
    private final Path profile;
    /** A test that never closes its browser still leaves no chromium running once its JVM ends. */
    private final Thread stopAtExit = new Thread(this::stop, "browser-stop");

    private Browser(ChromeDriverService service, ChromeDriver driver, Path profile) {
        this.service = service;
        this.driver = driver;
        this.profile = profile;
        Runtime.getRuntime().addShutdownHook(stopAtExit);
    }

    /**
     * Starts chromium headless with {@link #FLAGS}, a new empty profile and a {@link #WINDOW} sized window. Fails,
     * never skips, when Debian's chromium or chromedriver is missing: a browser test that does not run must not
     * look like one that passed.
     */
    public static Browser start() {
        return start(CHROMIUM, CHROMEDRIVER);
    }

    static Browser start(Path chromium, Path chromedriver) {
        requireExecutable(chromium, "chromium");
        requireExecutable(chromedriver, "chromedriver");
        // Read by Selenium Manager, from the environment or from these properties: it must never download.
        System.setProperty("SE_OFFLINE", "true");
        int number = STARTED.incrementAndGet();
        String name = "chromium-" + ProcessHandle.current().pid() + "-" + number;
        Path profile = ScratchDirectory.recreate(scratch().resolve(name));
        // chromedriver's log (and chromium's output through it) where the log canary scan reads; warnings only:
        // at its default level it logs every command's answer, and so the pages' text (found by the canary scan).
        Path log = LogCanaryScan.logDirectory().resolve(name + ".log");
        createDirectories(log.getParent());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort()
                .withEnvironment(Map.of("SE_OFFLINE", "true"))
                .withLogFile(log.toFile())
                .withLogLevel(ChromiumDriverLogLevel.WARNING)
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments(FLAGS);
        options.addArguments("--user-data-dir=" + profile);
        ChromeDriver driver;
        try {
            driver = new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            service.stop();
            ScratchDirectory.remove(profile);
            throw e;
        }
        driver.manage().window().setSize(WINDOW);
        driver.manage().timeouts().pageLoadTimeout(PAGE_LOAD_TIMEOUT);
        return new Browser(service, driver, profile);
    }

    private static Logger quiet(String name) {
        Logger logger = Logger.getLogger(name);
        logger.setLevel(Level.SEVERE);
        return logger;
    }

    private static void requireExecutable(Path path, String what) {
        if (!Files.isExecutable(path)) {
            throw new IllegalStateException("The browser tests need Debian's chromium and chromedriver, and " + what
                    + " is not at " + path + ". Install them (as .ci/run does): " + INSTALL);
        }
    }

    /** Where the profiles go: beside the module's test logs, in its target folder. */
    private static Path scratch() {
        return LogCanaryScan.logDirectory().resolveSibling("browser-profiles");
    }

    public WebDriver driver() {
        return driver;
    }

    /** Loads a page and waits until it has loaded. */
    public Browser open(String url) {
        driver.get(url);
        return this;
    }

    /**
     * As if another person sat down: every cookie of every site (the service's session, the IdP's) is gone and the
     * browser shows an empty page. {@code deleteAllCookies} would clear only the current site's.
     */
    public Browser newSession() {
        driver.get("about:blank");
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        return this;
    }

    /** {@link Keyboard#tabTo}: TAB until the element has focus. */
    public WebElement tabTo(WebElement element) {
        return Keyboard.tabTo(driver, element);
    }

    /** {@link Keyboard#type}: types into the focused element. */
    public Browser type(CharSequence text) {
        Keyboard.type(driver, text);
        return this;
    }

    /** {@link Keyboard#pressEnter}. */
    public Browser pressEnter() {
        Keyboard.pressEnter(driver);
        return this;
    }

    /** {@link Keyboard#focused}: the element that has focus. */
    public WebElement focused() {
        return Keyboard.focused(driver);
    }

    /** Ends chromium and chromedriver and removes the profile. */
    @Override
    public void close() {
        Runtime.getRuntime().removeShutdownHook(stopAtExit);
        stop();
    }

    private void stop() {
        try {
            driver.quit();
        } finally {
            service.stop();
            ScratchDirectory.remove(profile);
        }
    }

    /** The profile folder: empty at start, so no state of an earlier run reaches a test; removed at close. */
    Path profile() {
        return profile;
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create " + dir, e);
        }
    }
}
