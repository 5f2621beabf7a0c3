package se.jamtland.unit.testing;

import org.junit.jupiter.api.BeforeAll;

import java.util.List;
import java.util.Map;

/**
 * A unit service tested route by route from its OpenAPI documents, with the objects its path parameters name
 * already in its database: the base of the route-access and hostile-input contracts.
 */
public abstract class DocumentedUnitServiceTestBase extends UnitServiceTestBase {

    protected final List<String> documents;
    /** Objects that exist, by the path parameter that names them. */
    protected Map<String, String> existing;

    protected DocumentedUnitServiceTestBase(String unit, String database, String... documents) {
        super(unit, database);
        this.documents = List.of(documents);
    }

    /**
     * Objects that exist in this unit, by the path parameter that names them. Every unit has a case and a remiss
     * (issue 12); a service with routes on other objects adds them.
     */
    protected Map<String, String> createExistingObjects() {
        return ExistingObjects.aCaseAndARemiss(db, unit());
    }

    @BeforeAll
    void createObjects() {
        connect();
        existing = createExistingObjects();
    }
}
