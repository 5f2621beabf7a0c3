package se.jamtland.testsupport.browser;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Without Debian's browser the browser tests fail, and say how to install it: they never skip. */
class BrowserTest {

    private static final Path NOWHERE = Path.of("/nonexistent/usr/bin");

    @Test
    void a_missing_chromium_fails_naming_the_apt_packages() {
        assertThatThrownBy(() -> Browser.start(NOWHERE.resolve("chromium"), Browser.CHROMEDRIVER))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("chromium is not at /nonexistent/usr/bin/chromium")
                .hasMessageContaining("apt-get install chromium chromium-driver");
    }

    @Test
    void a_missing_chromedriver_fails_naming_the_apt_packages() {
        // Any executable stands in for chromium: the driver is looked for next.
        assertThatThrownBy(() -> Browser.start(Path.of("/bin/sh"), NOWHERE.resolve("chromedriver")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("chromedriver is not at /nonexistent/usr/bin/chromedriver")
                .hasMessageContaining("apt-get install chromium chromium-driver");
    }
}
