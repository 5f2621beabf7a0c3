package se.jamtland.unit;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import se.jamtland.testsupport.Api;
import se.jamtland.unit.testing.UnitServiceTestBase;
import se.jamtland.unit.testing.UnitTestProperties;

import java.sql.DriverManager;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** eligibility-service is down: intake fails closed, the daily work on existing cases goes on. */
// Not transactional: the service commits its own transactions, and the tests read them back.
@MicronautTest(environments = "unit", transactional = false)
class EligibilityDownIT extends UnitServiceTestBase {

    EligibilityDownIT() {
        super("cmv", "unit_core_down");
    }

    @Override
    protected String eligibilityUrl() {
        return UnitTestProperties.nowhere();
    }

    @Test
    void intake_fails_closed_with_a_503_that_says_why() {
        long before = db.count("case_file") + db.count("advisory_contact");

        Api.Answer caseAnswer = api.post("/cases", "{\"insats\":\"cmv-kast\",\"age\":30}");
        Api.Answer contactAnswer = api.post("/advisory-contacts",
                "{\"insats\":\"cmv-informationssamtal\",\"channel\":\"PHONE\",\"askedBy\":\"SELF\"}");

        assertThat(caseAnswer.status()).isEqualTo(503);
        assertThat(caseAnswer.contentType()).isEqualTo("application/problem+json");
        assertThat(caseAnswer.text("title")).isEqualTo("Villkorsprövningen är inte tillgänglig");
        assertThat(contactAnswer.status()).isEqualTo(503);
        assertThat(db.count("case_file") + db.count("advisory_contact")).isEqualTo(before);
    }

    @Test
    void sessions_are_still_recorded_and_cases_read_on_existing_cases() throws SQLException {
        String caseCode = "DWN2-CASE";
        try (var connection = DriverManager.getConnection(db.url(), db.user(), db.password());
             var insert = connection.prepareStatement("INSERT INTO case_file (case_code, insats, regime, start_date,"
                     + " age_band, gender, kommun, guardian_consent, guardian_secrecy, catalog_version, max_sessions,"
                     + " created_at) VALUES (?, 'cmv-samtal-om-vald', 'DEIDENTIFIED', '2025-08-01', '30-49',"
                     + " 'male', '2380', 'NOT_REQUIRED', FALSE, '2025-07-01', 20, NOW(3))")) {
            insert.setString(1, caseCode);
            insert.executeUpdate();
        }

        Api.Answer session = api.post("/cases/" + caseCode + "/sessions", "{\"date\":\"2025-09-01\"}");
        Api.Answer read = api.get("/cases/" + caseCode);

        assertThat(session.status()).isEqualTo(201);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.map("progress")).containsEntry("sessionsHeld", 1).containsEntry("maxSessions", 20);
    }
}
