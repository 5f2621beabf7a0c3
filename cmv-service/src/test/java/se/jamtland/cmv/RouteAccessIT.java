package se.jamtland.cmv;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import se.jamtland.unit.testing.RouteAccessContract;

import java.util.Map;

/** Every documented route of cmv-service refuses bad tokens, other units and other roles. */
@MicronautTest(environments = "unit", transactional = false)
class RouteAccessIT extends RouteAccessContract {

    RouteAccessIT() {
        super("cmv", "cmv_route_access_test", "unit-service-1.yml", "cmv-service-1.yml");
    }

    /** Group cycles are cmv's own objects, named by {id}. */
    @Override
    protected Map<String, String> createExistingObjects() {
        return GroupCycleFixture.withAGroupCycle(db, super.createExistingObjects());
    }
}
