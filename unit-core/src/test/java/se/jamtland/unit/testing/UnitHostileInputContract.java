package se.jamtland.unit.testing;

import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import se.jamtland.testinfra.Canaries;
import se.jamtland.testinfra.hostile.HostileInputContract;
import se.jamtland.testinfra.hostile.OpenApiOperations.Operation;
import se.jamtland.testsupport.TestIdp;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The hostile-input contract for a unit service, on its own database: staff (the manager on the access log's
 * routes) send it, and every table of the unit, outbox and access log included, is counted before and after each
 * request. A service's {@code HostileInputIT} extends this with its unit and the names of its documents.
 */
public abstract class UnitHostileInputContract extends DocumentedUnitServiceTestBase
        implements HostileInputContract {

    @Inject
    EmbeddedServer server;

    private String countEveryTable;

    protected UnitHostileInputContract(String unit, String database, String... documents) {
        super(unit, database, documents);
    }

    /** Thousands of requests in seconds are this test's nature; IntakeFloodIT tests the limit itself. */
    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("rate-limits.intake.burst", "100000", "rate-limits.intake.per-second", "5000");
    }

    @BeforeAll
    void prepareToCountEveryTable() {
        countEveryTable = db.rows("SELECT table_name AS t FROM information_schema.tables"
                        + " WHERE table_schema = DATABASE() AND table_name <> 'flyway_schema_history'"
                        + " ORDER BY table_name").stream()
                .map(row -> "SELECT '" + row.get("t") + "' AS t, COUNT(*) AS n FROM `" + row.get("t") + "`")
                .collect(Collectors.joining(" UNION ALL "));
    }

    @Override
    public List<String> openApiDocuments() {
        return documents;
    }

    @Override
    public URI serviceUri() {
        return server.getURI();
    }

    /**
     * The manager's routes are the access log's and gallring's (issue 15, {@link ManagerRoutes}), the case systems'
     * are under /case-system (issue 12: the kommun of the existing remiss); every other route is the unit's staff's.
     */
    @Override
    public String tokenFor(Operation operation) {
        if (operation.template().startsWith("/case-system/")) {
            return TestIdp.caseSystem(ExistingObjects.REMISS_KOMMUN);
        }
        return ManagerRoutes.managerOnly(operation.template()) ? TestIdp.manager(unit()) : TestIdp.staff(unit());
    }

    @Override
    public Map<String, String> existingObjects() {
        return existing;
    }

    @Override
    public Map<String, Object> knownValues(Operation operation) {
        String insats = operation.template().equals("/advisory-contacts")
                ? ExistingObjects.AN_ADVISORY_INSATS.get(unit()) : ExistingObjects.A_CASE_INSATS.get(unit());
        return Map.of("insats", insats, "text", "Samtalet handlade om sömn och skola.",
                "identityNumber", Canaries.PERSONNUMMER, "givenName", Canaries.GIVEN_NAME,
                "familyName", Canaries.FAMILY_NAME, "name", Canaries.GUARDIAN_NAME);
    }

    /** No catalog was in force the day before the first Bilaga (2025-07-01): a question about it has no answer. */
    @Override
    public Map<String, Map<String, String>> moreHostileQueryValues() {
        return Map.of("onDate", Map.of("the day before the first Bilaga", "2025-06-30"));
    }

    @Override
    public Map<String, Long> storedRows() {
        Map<String, Long> rows = new LinkedHashMap<>();
        db.rows(countEveryTable).forEach(row -> rows.put(row.get("t").toString(), ((Number) row.get("n")).longValue()));
        return rows;
    }
}
