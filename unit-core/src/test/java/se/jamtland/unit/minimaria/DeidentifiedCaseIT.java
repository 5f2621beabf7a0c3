package se.jamtland.unit.minimaria;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import se.jamtland.testsupport.Api;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static se.jamtland.unit.minimaria.MiniMariaRequests.anAstrid;
import static se.jamtland.unit.minimaria.MiniMariaRequests.anAterfallspreventionCase;

/** Återfallsprevention (14 kap. 5 § SoL): a case without identity, kept so by the service and by the database. */
@MicronautTest(environments = "unit", transactional = false)
class DeidentifiedCaseIT extends MiniMariaScenario {

    DeidentifiedCaseIT() {
        super("deidentified");
    }

    @Test
    void a_deidentified_case_stores_only_what_the_regime_allows_and_a_16_year_old_without_consent_is_flagged() {
        Api.Answer answer = api.post("/cases", anAterfallspreventionCase().startDate("2025-09-15").age(16)
                .gender("male").kommun("2309").toString());

        assertThat(answer.status()).isEqualTo(201);
        String caseCode = answer.text("caseCode");
        assertThat(caseCode).matches("[2-9A-Z]{4}-[2-9A-Z]{4}");
        assertThat(answer.json()).containsEntry("regime", "DEIDENTIFIED").containsEntry("guardianSecrecy", true)
                .containsEntry("guardianConsent", "NOT_REQUIRED").doesNotContainKey("person");
        assertThat(db.columns("case_file")).containsExactly("case_code", "insats", "regime", "start_date", "age_band",
                "gender", "kommun", "guardian_consent", "guardian_secrecy", "catalog_version", "planned_sessions",
                "planned_booster", "planned_follow_up", "max_sessions", "channels", "linked_case_code", "closed_date",
                "closure_reason", "created_at");
        Map<String, Object> row = db.rows("SELECT * FROM case_file WHERE case_code = ?", caseCode).get(0);
        assertThat(row).containsEntry("insats", "minimaria-aterfallsprevention").containsEntry("regime", "DEIDENTIFIED")
                .containsEntry("age_band", "15-17").containsEntry("gender", "male").containsEntry("kommun", "2309")
                .containsEntry("guardian_consent", "NOT_REQUIRED").containsEntry("guardian_secrecy", true)
                .containsEntry("catalog_version", "2025-07-01").containsEntry("planned_sessions", (short) 10);
        assertThat(row.values()).doesNotContain(16, (short) 16, 16L);
        assertThat(db.rows("SELECT * FROM case_person WHERE case_code = ?", caseCode)).isEmpty();
        assertThat(db.rows("SELECT * FROM case_guardian WHERE case_code = ?", caseCode)).isEmpty();
    }

    @Test
    void a_deidentified_case_with_a_person_block_is_refused_and_nothing_is_written() {
        long before = db.count("case_file");

        Api.Answer answer = api.post("/cases",
                anAterfallspreventionCase().age(19).person(anAstrid(VALID_PERSONNUMMER)).toString());

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.list("errors")).extracting(error -> error.get("pointer")).containsExactly("#/person");
        assertThat(answer.body()).doesNotContain(VALID_PERSONNUMMER).doesNotContain("Kanarie");
        assertThat(db.count("case_file")).isEqualTo(before);
    }

    @Test
    void the_database_itself_refuses_identity_for_a_deidentified_case() {
        String caseCode = api.post("/cases", anAterfallspreventionCase().age(20).toString()).text("caseCode");

        assertThat(insertPersonDirectly(caseCode)).contains("only to INDIVIDUAL cases");
        assertThat(db.rows("SELECT * FROM case_person WHERE case_code = ?", caseCode)).isEmpty();
    }

    private String insertPersonDirectly(String caseCode) {
        try (var connection = java.sql.DriverManager.getConnection(db.url(), db.user(), db.password());
             var statement = connection.prepareStatement("INSERT INTO case_person (case_code, identity_number,"
                     + " given_name, family_name) VALUES (?, '191212121212', 'X', 'Y')")) {
            statement.setString(1, caseCode);
            statement.executeUpdate();
            return "inserted";
        } catch (java.sql.SQLException refused) {
            return refused.getMessage();
        }
    }
}
