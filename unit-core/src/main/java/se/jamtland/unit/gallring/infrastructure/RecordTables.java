package se.jamtland.unit.gallring.infrastructure;

import se.jamtland.unit.gallring.model.RecordClass;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where each class of record lives in a unit's database: how its candidates are found with the date their period
 * counts from, how one is locked, and every table a record of the class leaves from. The access log is not here:
 * its oldest rows leave as a segment behind a checkpoint (audit's {@code AccessLogRetention}).
 * <p>
 * A record's date is its last entry of any kind, and its last row in the access log: the log's rows about a record
 * then become due with it, and the access-log rule takes them with the record, so no row keeps a gallrad case code.
 */
final class RecordTables {

    /**
     * A class's tables. {@code candidates} selects {@code k} (the key, ordered), {@code anchor}, {@code hold},
     * {@code idn}; {@code deletes} ends with the record's own row, in {@code rootTable}, whose key a statement
     * takes as {@code keyParameter}.
     */
    record Table(String candidates, String lock, List<String> deletes, String rootTable, String keyParameter) {

        Table(String candidates, String lock, List<String> deletes, String rootTable) {
            this(candidates, lock, deletes, rootTable, "?");
        }
    }

    private static final String LAST_ACCESS =
            "(SELECT MAX(DATE(a.occurred_at)) FROM audit_log a WHERE a.case_code = %s)";
    private static final String LOCK_CASE = "SELECT case_code FROM case_file WHERE case_code = ? FOR UPDATE";

    private static final String CASES = """
            SELECT c.case_code AS k, h.reason AS hold, p.identity_number AS idn,
                   GREATEST(c.start_date, DATE(c.created_at),
                            COALESCE(c.closed_date, c.start_date),
                            COALESCE((SELECT MAX(GREATEST(s.session_date, DATE(s.recorded_at))) FROM case_session s
                                       WHERE s.case_code = c.case_code), c.start_date),
                            COALESCE((SELECT MAX(GREATEST(n.written_on, DATE(n.recorded_at))) FROM working_note n
                                       WHERE n.case_code = c.case_code), c.start_date),
                            COALESCE((SELECT MAX(GREATEST(j.written_on, DATE(j.recorded_at))) FROM journal_note j
                                       WHERE j.case_code = c.case_code), c.start_date),
                            COALESCE((SELECT MAX(DATE(a.occurred_at)) FROM audit_log a JOIN remiss r ON a.case_code = r.id
                                       WHERE r.case_code = c.case_code), c.start_date),
                            COALESCE(%s, c.start_date)) AS anchor
              FROM case_file c
              LEFT JOIN legal_hold h ON h.case_code = c.case_code
              LEFT JOIN case_person p ON p.case_code = c.case_code
             WHERE c.regime = '%s'""";

    /** Everything of a case, children first; a case that links to it loses the link (the link was to this one). */
    private static final List<String> CASE_DELETES = List.of(
            "DELETE FROM legal_hold WHERE case_code = ?",
            "DELETE g FROM remiss_guardian g JOIN remiss r ON r.id = g.remiss_id WHERE r.case_code = ?",
            "DELETE FROM remiss WHERE case_code = ?",
            "DELETE FROM case_guardian WHERE case_code = ?",
            "DELETE FROM journal_note WHERE case_code = ?",
            "DELETE FROM working_note WHERE case_code = ?",
            "DELETE FROM case_session WHERE case_code = ?",
            "DELETE FROM case_person WHERE case_code = ?",
            "UPDATE case_file SET linked_case_code = NULL WHERE linked_case_code = ?",
            "DELETE FROM case_file WHERE case_code = ?");

    private static final String REMISSER = """
            SELECT r.id AS k, NULL AS hold, NULL AS idn,
                   GREATEST(r.received_on, DATE(r.received_at), COALESCE(r.decided_on, r.received_on),
                            COALESCE(%s, r.received_on)) AS anchor
              FROM remiss r WHERE r.status = '%s'""";

    private static final String AKTUALISERINGAR = """
            SELECT k.id AS k, NULL AS hold, NULL AS idn,
                   GREATEST(k.registered_on, DATE(k.registered_at), COALESCE(DATE(k.delivered_at), k.registered_on),
                            COALESCE(%s, k.registered_on)) AS anchor
              FROM aktualisering k WHERE k.delivered_at IS %s""";

    private static final Map<RecordClass, Table> TABLES = new EnumMap<>(RecordClass.class);

    static {
        TABLES.put(RecordClass.INDIVIDUAL_CASE, new Table(CASES.formatted(LAST_ACCESS.formatted("c.case_code"),
                "INDIVIDUAL"), LOCK_CASE, CASE_DELETES, "case_file"));
        TABLES.put(RecordClass.DEIDENTIFIED_CASE, new Table(CASES.formatted(LAST_ACCESS.formatted("c.case_code"),
                "DEIDENTIFIED"), LOCK_CASE, CASE_DELETES, "case_file"));
        // Numeric keys are padded, so the walk's order by key is the order by id.
        TABLES.put(RecordClass.ADVISORY_CONTACT, new Table("""
                SELECT LPAD(id, 20, '0') AS k, NULL AS hold, NULL AS idn,
                       GREATEST(contact_date, DATE(recorded_at)) AS anchor FROM advisory_contact""",
                "SELECT id FROM advisory_contact WHERE id = CAST(? AS UNSIGNED) FOR UPDATE",
                List.of("DELETE FROM advisory_contact WHERE id = CAST(? AS UNSIGNED)"), "advisory_contact",
                "CAST(? AS UNSIGNED)"));
        // A visitor register is one insats's year: its hashes leave together, counted from the year's last day.
        TABLES.put(RecordClass.VISITOR_REGISTER, new Table("""
                SELECT CONCAT(insats, '|', visit_year) AS k, NULL AS hold, NULL AS idn,
                       MAKEDATE(visit_year + 1, 1) - INTERVAL 1 DAY AS anchor
                  FROM visitor GROUP BY insats, visit_year""",
                "SELECT insats FROM visitor WHERE CONCAT(insats, '|', visit_year) = ? FOR UPDATE",
                List.of("DELETE FROM visitor WHERE CONCAT(insats, '|', visit_year) = ?"), "visitor"));
        TABLES.put(RecordClass.REFERRAL, new Table("""
                SELECT LPAD(id, 20, '0') AS k, NULL AS hold, NULL AS idn,
                       GREATEST(referral_date, DATE(recorded_at)) AS anchor FROM referral""",
                "SELECT id FROM referral WHERE id = CAST(? AS UNSIGNED) FOR UPDATE",
                List.of("DELETE FROM referral WHERE id = CAST(? AS UNSIGNED)"), "referral", "CAST(? AS UNSIGNED)"));
        TABLES.put(RecordClass.AKTUALISERING_DELIVERED, new Table(AKTUALISERINGAR.formatted(
                LAST_ACCESS.formatted("k.id"), "NOT NULL"),
                "SELECT id FROM aktualisering WHERE id = ? FOR UPDATE",
                List.of("DELETE FROM aktualisering WHERE id = ?"), "aktualisering"));
        TABLES.put(RecordClass.AKTUALISERING_UNDELIVERED, new Table(AKTUALISERINGAR.formatted(
                LAST_ACCESS.formatted("k.id"), "NULL"),
                "SELECT id FROM aktualisering WHERE id = ? FOR UPDATE",
                List.of("DELETE FROM aktualisering WHERE id = ?"), "aktualisering"));
        List<String> remissDeletes = List.of("DELETE FROM remiss_guardian WHERE remiss_id = ?",
                "DELETE FROM remiss WHERE id = ?");
        TABLES.put(RecordClass.REMISS_DECLINED, new Table(REMISSER.formatted(LAST_ACCESS.formatted("r.id"),
                "DECLINED"), "SELECT id FROM remiss WHERE id = ? FOR UPDATE", remissDeletes, "remiss"));
        TABLES.put(RecordClass.REMISS_UNDECIDED, new Table(REMISSER.formatted(LAST_ACCESS.formatted("r.id"),
                "RECEIVED"), "SELECT id FROM remiss WHERE id = ? FOR UPDATE", remissDeletes, "remiss"));
    }

    private RecordTables() {
    }

    /** The tables of a class a unit holds; empty for the access log and the classes other services hold. */
    static Optional<Table> of(RecordClass recordClass) {
        return Optional.ofNullable(TABLES.get(recordClass));
    }
}
