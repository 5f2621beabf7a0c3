package se.jamtland.minimaria;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import se.jamtland.unit.testing.RouteAccessContract;

/** Every documented route of minimaria-service refuses bad tokens, other units and other roles. */
@MicronautTest(environments = "unit", transactional = false)
class RouteAccessIT extends RouteAccessContract {

    RouteAccessIT() {
        super("minimaria", "minimaria_route_access_test", "unit-service-1.yml");
    }
}
