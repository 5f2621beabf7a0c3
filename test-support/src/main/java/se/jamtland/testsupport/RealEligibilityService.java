package se.jamtland.testsupport;

import se.jamtland.devstack.ChildService;

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
            service = ChildServices.start("eligibility-service", Map.of());
        }
        return service.baseUrl();
    }
}
