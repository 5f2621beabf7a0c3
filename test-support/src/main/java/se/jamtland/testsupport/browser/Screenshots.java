package se.jamtland.testsupport.browser;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import se.jamtland.devstack.RepoRoot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Screenshots of the staff UIs' main pages for the docs (issue 13: start page, intake, case, the manager's
 * follow-up, linked from README): a page test that has just checked a page saves what the browser shows, so the
 * pictures in {@code docs/} are always of the pages as they are. Take them only of pages with the canary persons'
 * made-up details, never of anyone real.
 * <p>
 * They replace the pictures in {@code docs/} only when asked ({@code mvn verify -Ddocs.screenshots=true}); an
 * ordinary test run writes them under {@code target/screenshots/} instead, so running the tests leaves the working
 * tree as it was.
 */
public final class Screenshots {

    /** The system property (a Maven -D, which the test JVMs inherit) that lets the page tests refresh docs/. */
    public static final String REFRESH_DOCS = "docs.screenshots";

    private Screenshots() {
    }

    /**
     * The whole page, top to bottom, not just what the window shows: the window is made as tall as the page for the
     * picture (at most 8000 px) and given back its size after, so the test goes on as it was.
     */
    private static byte[] wholePage(WebDriver driver) {
        Dimension window = driver.manage().window().getSize();
        Object heights = ((JavascriptExecutor) driver).executeScript(
                "return [document.documentElement.scrollHeight, window.outerHeight - window.innerHeight];");
        long page = ((Number) ((java.util.List<?>) heights).get(0)).longValue();
        long chrome = ((Number) ((java.util.List<?>) heights).get(1)).longValue();
        int tall = (int) Math.min(8000, Math.max(window.getHeight(), page + chrome));
        driver.manage().window().setSize(new Dimension(window.getWidth(), tall));
        try {
            return ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        } finally {
            driver.manage().window().setSize(window);
        }
    }

    /**
     * Saves the browser's window as a PNG at {@code relativePath} (e.g. {@code docs/screenshots/start.png}) under
     * the repository root, whichever module's test runs it (under {@code target/screenshots/} unless
     * {@value #REFRESH_DOCS} is true); returns where it went.
     */
    public static Path save(WebDriver driver, String relativePath) {
        Path root = RepoRoot.locate();
        Path file = root.resolve(relativePath).normalize();
        if (Path.of(relativePath).isAbsolute() || !file.startsWith(root) || !relativePath.endsWith(".png")) {
            throw new IllegalArgumentException("a screenshot goes to a .png path inside the repository, relative"
                    + " to its root (e.g. docs/screenshots/start.png)");
        }
        if (!Boolean.getBoolean(REFRESH_DOCS)) {
            file = root.resolve("target").resolve("screenshots").resolve(relativePath).normalize();
        }
        byte[] png = wholePage(driver);
        try {
            Files.createDirectories(file.getParent());
            return Files.write(file, png);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the screenshot " + file, e);
        }
    }
}
