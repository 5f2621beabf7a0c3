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
        Map<String, String> existing = super.createExistingObjects();
        db.execute("INSERT INTO group_cycle (id, insats, start_date, planned_sessions, catalog_version, created_at)"
                + " VALUES (4711, 'cmv-gruppverksamhet', '2025-09-01', 10, '2025-07-01', NOW(3))");
        existing.put("id", "4711");
        return existing;
    }
}
