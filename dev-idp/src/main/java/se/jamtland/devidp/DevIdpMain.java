package se.jamtland.devidp;

import no.nav.security.mock.oauth2.StandaloneMockOAuth2ServerKt;
import se.jamtland.runtime.ParentWatch;

/**
 * DEV ONLY: NAV's standalone mock-oauth2-server (environment {@code SERVER_PORT}, {@code SERVER_HOSTNAME},
 * {@code JSON_CONFIG} from {@link DevIdpConfig}), which also ends when the JVM that started it does, as every
 * service started by devstack or a test does ({@link ParentWatch}): its own main cannot be told to.
 */
public final class DevIdpMain {

    private DevIdpMain() {
    }

    public static void main(String[] args) {
        // The mock server's own logging configuration, set before ParentWatch's logger starts logback with none.
        System.setProperty("logback.configurationFile", "logback-standalone.xml");
        ParentWatch.startIfAsked();
        StandaloneMockOAuth2ServerKt.main();
    }
}
