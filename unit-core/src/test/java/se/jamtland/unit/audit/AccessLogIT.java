package se.jamtland.unit.audit;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import se.jamtland.access.Roles;
import se.jamtland.testinfra.Canaries;
import se.jamtland.testsupport.Api;
import se.jamtland.testsupport.TestIdp;
import se.jamtland.unit.testing.UnitServiceTestBase;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static se.jamtland.testinfra.Canaries.PERSONNUMMER;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The access log of Mini-Maria's INDIVIDUAL records (14 kap. 3 § SoL), as the unit manager follows it up. */
@MicronautTest(environments = "unit", transactional = false)
class AccessLogIT extends UnitServiceTestBase {

    AccessLogIT() {
        super("minimaria", "unit_core_access_log");
    }

    private Api staff(String staffId) {
        return api.as(TestIdp.token(staffId, "minimaria", Roles.STAFF));
    }

    private Api manager() {
        return api.as(TestIdp.manager("minimaria"));
    }

    /** Each case is another person's: one person has one open case of an insats. */
    private int people;

    private String openIndividualCase(Api as, int age) {
        Api.Answer opened = as.post("/cases", """
                {"insats":"minimaria-a-cra","startDate":"2025-09-15","age":%d,"gender":"female","kommun":"2380",
                 "person":{"identityNumber":"%s","givenName":"%s","familyName":"%s"}}"""
                .formatted(age, Canaries.personnummer(age, "FEMALE", people++), Canaries.GIVEN_NAME,
                        Canaries.FAMILY_NAME));
        assertThat(opened.status()).isEqualTo(201);
        return opened.text("caseCode");
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> logOf(String staffId) {
        Api.Answer log = manager().get("/audit?staff=" + staffId + "&size=100");
        assertThat(log.status()).isEqualTo(200);
        return (List<Map<String, Object>>) log.json().get("items");
    }

    @Test
    void every_read_creation_change_and_export_of_an_individual_record_is_logged_with_who_what_and_why() {
        Api anna = staff("test-anna").withHeader(AccessLog.PURPOSE_HEADER, "Uppföljning av behandling");
        String caseCode = openIndividualCase(anna, 19);

        assertThat(anna.get("/cases/" + caseCode).status()).isEqualTo(200);
        assertThat(anna.post("/cases/" + caseCode + "/sessions", "{\"date\":\"2025-09-16\"}").status()).isEqualTo(201);
        assertThat(anna.post("/cases/" + caseCode + "/journal", "{\"text\":\"Första samtalet.\"}").status())
                .isEqualTo(201);
        assertThat(anna.get("/cases?insats=minimaria-a-cra&size=100").status()).isEqualTo(200);
        assertThat(anna.post("/cases/" + caseCode + "/closure", "{\"date\":\"2025-09-20\",\"reason\":\"COMPLETED\"}")
                .status()).isEqualTo(200);
        assertThat(anna.post("/cases/" + caseCode + "/disclosures", "{\"recipient\":\"DATA_SUBJECT\"}").status())
                .isEqualTo(200);

        List<Map<String, Object>> log = logOf("test-anna").stream()
                .filter(row -> caseCode.equals(row.get("caseCode"))).toList();
        assertThat(log).extracting(row -> row.get("action"))
                .containsExactly("CREATE", "READ", "UPDATE", "UPDATE", "LIST", "UPDATE", "EXPORT");
        assertThat(log).allSatisfy(row -> {
            assertThat(row).containsEntry("staffId", "test-anna").containsEntry("role", "STAFF")
                    .containsEntry("purpose", "Uppföljning av behandling");
            assertThat(row.get("occurredAt")).isNotNull();
        });
    }

    @Test
    void a_deidentified_case_holds_no_identity_and_leaves_no_access_log_rows() {
        Api bertil = staff("test-bertil");
        String caseCode = bertil.post("/cases",
                "{\"insats\":\"minimaria-aterfallsprevention\",\"startDate\":\"2025-09-15\",\"age\":30}").text("caseCode");
        bertil.get("/cases/" + caseCode);
        bertil.post("/cases/" + caseCode + "/sessions", "{\"date\":\"2025-09-16\"}");

        assertThat(logOf("test-bertil")).isEmpty();
    }

    @Test
    void an_access_that_fails_leaves_neither_its_change_nor_a_log_row() {
        Api cecilia = staff("test-cecilia");
        String caseCode = openIndividualCase(cecilia, 19);
        long journalBefore = db.count("journal_note");

        Api.Answer refused = cecilia.withHeader(AccessLog.PURPOSE_HEADER, "Samtal om " + PERSONNUMMER)
                .post("/cases/" + caseCode + "/journal", "{\"text\":\"Anteckning.\"}");

        assertThat(refused.status()).isBetween(400, 499);
        assertThat(refused.body()).doesNotContain(PERSONNUMMER).doesNotContain("1212");
        assertThat(refused.list("errors")).singleElement().satisfies(error -> {
            assertThat(error.get("pointer")).isEqualTo("#/" + AccessLog.PURPOSE_HEADER);
            assertThat(error.get("kind")).isEqualTo("PERSONAL_IDENTITY_NUMBER");
            assertThat(error.get("ranges")).isEqualTo(List.of(Map.of("start", "Samtal om ".length(),
                    "end", "Samtal om ".length() + PERSONNUMMER.length())));
        });
        assertThat(db.count("journal_note")).isEqualTo(journalBefore);
        assertThat(logOf("test-cecilia")).extracting(row -> row.get("action")).containsExactly("CREATE");
    }

    @Test
    void a_purpose_that_names_the_person_is_refused_with_where_the_name_is_and_nothing_is_logged() {
        Api ylva = staff("test-ylva");
        String caseCode = openIndividualCase(ylva, 19);
        String purpose = "Uppföljning efter samtal med " + Canaries.GIVEN_NAME;

        Api.Answer refused = ylva.withHeader(AccessLog.PURPOSE_HEADER, purpose).get("/cases/" + caseCode);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).isEqualTo("application/problem+json");
        assertThat(refused.body()).doesNotContain(Canaries.GIVEN_NAME);
        assertThat(refused.list("errors")).singleElement().satisfies(error -> {
            assertThat(error.get("pointer")).isEqualTo("#/" + AccessLog.PURPOSE_HEADER);
            assertThat(error.get("kind")).isEqualTo("PERSONAL_NAME");
            assertThat(error.get("ranges")).isEqualTo(List.of(Map.of("start", purpose.indexOf(Canaries.GIVEN_NAME),
                    "end", purpose.length())));
        });
        assertThat(logOf("test-ylva")).extracting(row -> row.get("action")).containsExactly("CREATE");
    }

    @Test
    void a_case_under_guardian_secrecy_is_marked_and_never_disclosed_to_a_guardian() {
        Api david = staff("test-david");
        String caseCode = openIndividualCase(david, 16);

        Api.Answer toGuardian = david.post("/cases/" + caseCode + "/disclosures", "{\"recipient\":\"GUARDIAN\"}");
        Api.Answer toPerson = david.post("/cases/" + caseCode + "/disclosures", "{\"recipient\":\"DATA_SUBJECT\"}");

        assertThat(toGuardian.status()).isEqualTo(403);
        assertThat(toGuardian.contentType()).startsWith("application/problem+json");
        assertThat(toGuardian.text("title")).isEqualTo("Sekretess mot vårdnadshavare");
        assertThat(toGuardian.body()).doesNotContain(Canaries.FAMILY_NAME).doesNotContain("191212121212");
        assertThat(toPerson.status()).isEqualTo(200);
        assertThat(toPerson.map("record")).containsEntry("guardianSecrecy", true);
        assertThat(david.get("/cases/" + caseCode).json()).containsEntry("guardianSecrecy", true);
        assertThat(logOf("test-david")).extracting(row -> row.get("action"))
                .containsExactly("CREATE", "EXPORT", "READ");
    }

    @Test
    void concurrent_accesses_keep_the_chain_whole_and_its_numbers_without_gaps() throws Exception {
        Api erik = staff("test-erik");
        String caseCode = openIndividualCase(erik, 25);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> reads = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                reads.add(pool.submit(() -> erik.get("/cases/" + caseCode).status()));
            }
            for (Future<Integer> read : reads) {
                assertThat(read.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }

        Api.Answer check = manager().get("/audit/verification");
        long rows = db.count("audit_log");
        assertThat(check.json()).containsEntry("intact", true);
        assertThat(((Number) check.json().get("rowsChecked")).longValue()).isEqualTo(rows);
        assertThat(((Number) db.rows("SELECT MAX(seq) AS m FROM audit_log").get(0).get("m")).longValue())
                .isEqualTo(rows);
        assertThat(logOf("test-erik")).filteredOn(row -> "READ".equals(row.get("action"))).hasSize(40);
    }

    @Test
    void the_sampled_review_draws_reads_only_and_its_size_is_bounded() {
        Api fredrik = staff("test-fredrik");
        String caseCode = openIndividualCase(fredrik, 40);
        for (int i = 0; i < 5; i++) {
            fredrik.get("/cases/" + caseCode);
        }

        Api.Answer sample = manager().get("/audit/sample?size=3");
        Api.Answer tooLarge = manager().get("/audit/sample?size=1000");

        assertThat(sample.status()).isEqualTo(200);
        assertThat(sample.array()).hasSize(3).allSatisfy(row -> assertThat(row).containsEntry("action", "READ"));
        assertThat(tooLarge.status()).isEqualTo(422);
    }

    @Test
    void no_route_and_no_direct_statement_changes_the_log() {
        String caseCode = openIndividualCase(staff("test-gunilla"), 30);
        long rows = db.count("audit_log");
        // The security filter refuses an unknown route before routing could say 404/405: refused either way.
        for (String method : List.of("PUT", "PATCH", "DELETE", "POST")) {
            for (String path : List.of("/audit", "/audit/1", "/audit/verification")) {
                assertThat(manager().call(method, path, method.equals("DELETE") ? null : "{}").status())
                        .as(method + " " + path).isIn(403, 404, 405);
            }
        }
        assertThat(db.count("audit_log")).isEqualTo(rows);

        assertThatThrownBy(() -> db.execute("UPDATE audit_log SET staff_id = 'someone-else' WHERE case_code = ?",
                caseCode)).hasMessageContaining("append-only");
        assertThatThrownBy(() -> db.execute("DELETE FROM audit_log WHERE case_code = ?", caseCode))
                .hasMessageContaining("append-only");
        assertThat(logOf("test-gunilla")).extracting(row -> row.get("staffId")).containsExactly("test-gunilla");
    }
}
