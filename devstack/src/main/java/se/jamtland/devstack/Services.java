package se.jamtland.devstack;

import java.util.List;

/** Every service devstack starts. Ports are architecture.md's fixed local ports. */
public final class Services {

    // An array initializer because it allows a trailing comma: adding a service is adding one line.
    private static final ServiceSpec[] SPECS = {
        //              name                   module dir             main class                             port  database  kafka
        new ServiceSpec("eligibility-service", "eligibility-service", "se.jamtland.eligibility.Application", 8081, null, false),
    };

    public static final List<ServiceSpec> ALL = List.of(SPECS);

    private Services() {
    }
}
