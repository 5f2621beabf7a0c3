package se.jamtland.unit.audit;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.jamtland.access.Roles;
import se.jamtland.testinfra.Canaries;
import se.jamtland.testsupport.Api;
import se.jamtland.testsupport.TestIdp;
import se.jamtland.unit.testing.CapturedLogs;
import se.jamtland.unit.testing.UnitServiceTestBase;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Someone with full rights on the database gets past the triggers and edits the access log directly: the chain
 * check names the first row that no longer holds.
 */
@MicronautTest(environments = "unit", transactional = false)
class AccessLogTamperingIT extends UnitServiceTestBase {

    AccessLogTamperingIT() {
        super("minimaria", "unit_core_access_log_tampering");
    }

    @Inject
    ChainWatch watch;

    private Map<String, Object> verification() {
        Api.Answer check = api.as(TestIdp.manager("minimaria")).get("/audit/verification");
        assertThat(check.status()).isEqualTo(200);
        return check.json();
    }

    @Test
    void the_chain_check_finds_a_row_changed_or_removed_behind_the_applications_back() {
        Api staff = api.as(TestIdp.token("test-hanna", "minimaria", Roles.STAFF));
        String caseCode = staff.post("/cases", """
                {"insats":"minimaria-fft","startDate":"2025-09-15","age":30,
                 "person":{"identityNumber":"%s","givenName":"%s","familyName":"%s"}}"""
                .formatted(Canaries.personnummer(30, "FEMALE", 0), Canaries.GIVEN_NAME, Canaries.FAMILY_NAME))
                .text("caseCode");
        for (int i = 0; i < 4; i++) {
            staff.get("/cases/" + caseCode);
        }
        assertThat(verification()).containsEntry("intact", true).containsEntry("rowsChecked", 5);
        assertThatThrownBy(() -> db.execute("UPDATE audit_chain_head SET last_seq = 2, last_hash = REPEAT('0', 64)"))
                .hasMessageContaining("one link at a time");

        // A DBA covering someone's tracks: drop the guard, rewrite who read the record.
        db.execute("DROP TRIGGER audit_log_no_update");
        db.execute("DROP TRIGGER audit_log_no_delete");
        db.execute("UPDATE audit_log SET staff_id = 'test-someone-else' WHERE seq = 3");
        assertThat(verification()).containsEntry("intact", false).containsEntry("firstBrokenSeq", 3)
                .containsEntry("rowsChecked", 2);
        try (CapturedLogs logs = new CapturedLogs()) {
            watch.check();
            assertThat(logs.lines()).anyMatch(line -> line.contains("ACCESS LOG CHAIN BROKEN at row 3"))
                    .noneMatch(line -> line.contains("test-someone-else") || line.contains(caseCode));
        }

        // Put back, and instead remove the newest read: the head still remembers it.
        db.execute("UPDATE audit_log SET staff_id = 'test-hanna' WHERE seq = 3");
        assertThat(verification()).containsEntry("intact", true);
        db.execute("DELETE FROM audit_log WHERE seq = 5");
        assertThat(verification()).containsEntry("intact", false).containsEntry("firstBrokenSeq", 5);

        // Or remove a row from the middle.
        db.execute("DELETE FROM audit_log WHERE seq = 2");
        assertThat(verification()).containsEntry("intact", false).containsEntry("firstBrokenSeq", 2);
    }
}
