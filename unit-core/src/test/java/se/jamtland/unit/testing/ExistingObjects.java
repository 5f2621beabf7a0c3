package se.jamtland.unit.testing;

import java.util.HashMap;
import java.util.Map;
import se.jamtland.testsupport.Database;

/** Objects the route tests need to exist in a unit, written straight into its database. */
public final class ExistingObjects {

    /** An insats of each unit for a case (the events it causes must be valid). */
    public static final Map<String, String> A_CASE_INSATS = Map.of("cmv", "cmv-stodsamtal-vald",
            "minimaria", "minimaria-aterfallsprevention", "familjeradgivning", "familjeradgivning",
            "barnahus", "barnahus-krissamtal");
    /** An advisory insats (14 kap. 4 § SoL) of each unit. */
    public static final Map<String, String> AN_ADVISORY_INSATS = Map.of("cmv", "cmv-informationssamtal",
            "minimaria", "minimaria-radgivande-samtal", "familjeradgivning", "familjeradgivning",
            "barnahus", "barnahus-krissamtal");

    private ExistingObjects() {
    }

    /** A de-identified case of the unit, by the path parameter that names it. */
    public static Map<String, String> aCase(Database db, String unit) {
        String code = "K7QM-4TXC";
        db.execute("INSERT INTO case_file (case_code, insats, regime, start_date, age_band, gender, kommun,"
                + " guardian_consent, guardian_secrecy, catalog_version, created_at) VALUES (?, ?,"
                + " 'DEIDENTIFIED', '2025-09-01', '22-29', 'unknown', 'unknown', 'NOT_REQUIRED', FALSE,"
                + " '2025-07-01', NOW(3))", code, A_CASE_INSATS.get(unit));
        return new HashMap<>(Map.of("caseCode", code));
    }
}
