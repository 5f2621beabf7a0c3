package se.jamtland.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * A bench is one client sending far above any staff load, so the services' per-client limits (OWASP API4,
 * {@code rate-limits.<name>}) would measure themselves, not the service. These JVM options lift them.
 */
final class LiftedRateLimits {

    private static final String UNLIMITED = "1000000000";

    private LiftedRateLimits() {
    }

    static List<String> javaOptions(String... limits) {
        List<String> options = new ArrayList<>();
        for (String limit : limits) {
            options.add("-Drate-limits." + limit + ".per-second=" + UNLIMITED);
            options.add("-Drate-limits." + limit + ".burst=" + UNLIMITED);
        }
        return options;
    }
}
