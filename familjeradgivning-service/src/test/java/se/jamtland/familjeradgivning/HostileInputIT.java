package se.jamtland.familjeradgivning;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import se.jamtland.unit.testing.UnitHostileInputContract;

/** Hostile input to every documented route of familjeradgivning-service gets a 4xx problem and writes nothing. */
@MicronautTest(environments = "unit", transactional = false)
class HostileInputIT extends UnitHostileInputContract {

    HostileInputIT() {
        super("familjeradgivning", "familjeradgivning_hostile_input_test", "unit-service-1.yml");
    }
}
