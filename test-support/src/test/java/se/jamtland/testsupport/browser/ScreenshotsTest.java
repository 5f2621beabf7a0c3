package se.jamtland.testsupport.browser;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A screenshot only ever lands inside the repository, as a PNG (the page tests refresh docs/screenshots). */
class ScreenshotsTest {

    @Test
    void a_path_outside_the_repository_or_not_a_png_is_refused_before_any_browser_is_asked() {
        for (String path : new String[] {"../elsewhere.png", "/tmp/start.png", "docs/screenshots/start.jpg"}) {
            assertThatThrownBy(() -> Screenshots.save(null, path)).as(path)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("inside the repository");
        }
    }
}
