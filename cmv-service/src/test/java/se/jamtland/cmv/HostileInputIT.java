package se.jamtland.cmv;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import se.jamtland.unit.testing.UnitHostileInputContract;

import java.util.Map;

/** Hostile input to every documented route of cmv-service gets a 4xx problem and writes nothing. */
@MicronautTest(environments = "unit", transactional = false)
class HostileInputIT extends UnitHostileInputContract {

    HostileInputIT() {
        super("cmv", "cmv_hostile_input_test", "unit-service-1.yml", "cmv-service-1.yml");
    }

    /** Group cycles are cmv's own objects, named by {id}. */
    @Override
    protected Map<String, String> createExistingObjects() {
        return GroupCycleFixture.withAGroupCycle(db, super.createExistingObjects());
    }
}
