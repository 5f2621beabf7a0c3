package se.jamtland.unit.minimaria;

import se.jamtland.testinfra.Canaries;
import se.jamtland.unit.testing.UnitServiceTestBase;

/**
 * A scenario on Mini-Maria, which has all three documentation regimes of 14 kap. SoL: Rådgivande samtal (4 §),
 * Återfallsprevention (5 §) and A-CRA (3 §), end to end against a real MariaDB and the real eligibility-service.
 * Each scenario class has a database of its own. Subclasses add
 * {@code @MicronautTest(environments = "unit", transactional = false)}: the service commits its own transactions,
 * and the tests read them back.
 */
abstract class MiniMariaScenario extends UnitServiceTestBase {

    static final String PERSONNUMMER = Canaries.INVALID_PERSONNUMMER;
    static final String NAME = Canaries.FULL_NAME;
    static final String VALID_PERSONNUMMER = Canaries.PERSONNUMMER;

    /** @param scenario a short name for the scenario's own database */
    MiniMariaScenario(String scenario) {
        super("minimaria", "unit_core_minimaria_" + scenario);
    }
}
