package se.jamtland.devstack;

import se.jamtland.events.Unit;

import java.util.List;

/**
 * Every service devstack starts. Ports are architecture.md's fixed local ports; a unit service's database is named
 * by its unit's id (activity-events' {@link Unit}).
 */
public final class Services {

    // An array initializer because it allows a trailing comma: adding a service is adding one line.
    private static final ServiceSpec[] SPECS = {
        //              name                   module dir             main class                             port  database  kafka
        new ServiceSpec("eligibility-service", "eligibility-service", "se.jamtland.eligibility.Application", 8081, null, false),
        new ServiceSpec("cmv-service", "cmv-service", "se.jamtland.cmv.Application", 8082, Unit.CMV.id(), true),
        new ServiceSpec("minimaria-service", "minimaria-service", "se.jamtland.minimaria.Application", 8083, Unit.MINIMARIA.id(), true),
        new ServiceSpec("familjeradgivning-service", "familjeradgivning-service", "se.jamtland.familjeradgivning.Application", 8084, Unit.FAMILJERADGIVNING.id(), true),
        new ServiceSpec("barnahus-service", "barnahus-service", "se.jamtland.barnahus.Application", 8085, Unit.BARNAHUS.id(), true),
        new ServiceSpec("statistics-service", "statistics-service", "se.jamtland.statistics.Application", 8086, "statistics", true),
        // Last: the door for the kommuner's case systems, in front of all the above (it stores nothing).
        new ServiceSpec("gateway", "gateway", "se.jamtland.gateway.Application", 8080, null, false),
    };

    public static final List<ServiceSpec> ALL = List.of(SPECS);

    /**
     * The JVM every service runs in: a bounded heap, so a service's memory stays predictable next to the others
     * (the bench measured RSS ~160 MB under load with it, ~310 MB without). G1 stays: the serial collector cut
     * the bench's throughput by a third and raised its p99 tenfold. Options given to devstack come after
     * these and win.
     */
    public static final List<String> JVM_OPTIONS = List.of(
            "-Xmx256m", "-XX:+ExitOnOutOfMemoryError");

    private Services() {
    }
}
