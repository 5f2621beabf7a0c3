package se.jamtland.familjeradgivning;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import se.jamtland.unit.testing.RouteAccessContract;

/** Every documented route of familjeradgivning-service refuses bad tokens, other units and other roles. */
@MicronautTest(environments = "unit", transactional = false)
class RouteAccessIT extends RouteAccessContract {

    RouteAccessIT() {
        super("familjeradgivning", "familjeradgivning_route_access_test", "unit-service-1.yml");
    }
}
