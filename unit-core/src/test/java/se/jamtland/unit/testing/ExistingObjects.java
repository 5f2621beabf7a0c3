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

    /** The kommun whose case system sent {@link #aRemiss}: its token is the one that may read it. */
    public static final String REMISS_KOMMUN = "2380";

    /**
     * A de-identified case and a received remiss (issue 12) of the unit, by the path parameters that name them. The
     * remiss's person is no canary: staff may read it, and the route tests look for canaries in answers.
     */
    public static Map<String, String> aCaseAndARemiss(Database db, String unit) {
        Map<String, String> objects = aCase(db, unit);
        String id = unit + "-3f1c2a9e-7b4d-4c1e-9a8f-2d6b5e4c3a21";
        db.execute("INSERT INTO remiss (id, kommun, idempotency_key, request_digest, insats, status, received_on,"
                + " identity_number, given_name, family_name, referrer_name, received_at) VALUES (?, ?,"
                + " 'existing-remiss', REPEAT('0', 64), ?, 'RECEIVED', '2025-09-01', ?, ?, ?, 'Remittent', NOW(3))",
                id, REMISS_KOMMUN, A_CASE_INSATS.get(unit), "198001012387", "Maja", "Exempel");
        objects.put("id", id);
        return objects;
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
