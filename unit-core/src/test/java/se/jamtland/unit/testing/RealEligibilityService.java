package se.jamtland.unit.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

/**
 * The real eligibility-service for intake tests, started once per test JVM from what the build produced,
 * exactly as devstack starts it, on a free port. Intake decisions in tests are the catalog's real decisions.
 */
public final class RealEligibilityService {

    private static volatile ChildService service;

    private RealEligibilityService() {
    }

    public static synchronized String url() {
        if (service == null) {
            service = ChildService.start("eligibility-service", Map.of());
        }
        return service.url();
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
