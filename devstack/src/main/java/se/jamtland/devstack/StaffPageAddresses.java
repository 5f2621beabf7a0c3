package se.jamtland.devstack;

import se.jamtland.events.Unit;

import java.util.List;
import java.util.Optional;

/**
 * Where each unit's staff log in (issue 13), as devstack's summary prints it: the unit's Swedish name, its start
 * page, and what to type into the dev IdP's login form (any username; the claims name the unit and the role).
 */
final class StaffPageAddresses {

    private StaffPageAddresses() {
    }

    /** One line per unit service among {@code services}, in their order; a service of no unit has none. */
    static List<String> lines(List<ServiceSpec> services) {
        return services.stream().flatMap(spec -> line(spec).stream()).toList();
    }

    static Optional<String> line(ServiceSpec spec) {
        // A unit service's database is named by its unit id (Services), and only a unit's is.
        return Optional.ofNullable(spec.databaseName()).flatMap(Unit::byId)
                .map(unit -> unit.swedishName() + ": " + spec.url() + "/ (logga in som dev-" + unit.id()
                        + "-staff, claims " + claims(unit, "STAFF") + "; enhetschef: " + claims(unit, "UNIT_MANAGER")
                        + ")");
    }

    /** What the dev IdP's login form takes in its claims field for a member of the unit in a role. */
    static String claims(Unit unit, String role) {
        return "{\"unit\":\"" + unit.id() + "\",\"roles\":[\"" + role + "\"]}";
    }
}
