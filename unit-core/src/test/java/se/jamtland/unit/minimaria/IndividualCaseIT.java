package se.jamtland.unit.minimaria;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import se.jamtland.testinfra.Canaries;
import se.jamtland.testsupport.Api;

import static org.assertj.core.api.Assertions.assertThat;
import static se.jamtland.unit.minimaria.MiniMariaRequests.aCraCase;
import static se.jamtland.unit.minimaria.MiniMariaRequests.anAstrid;

/** A-CRA (14 kap. 3 § SoL): an individual case holds the person's identity, checked, and asks for consent. */
@MicronautTest(environments = "unit", transactional = false)
class IndividualCaseIT extends MiniMariaScenario {

    IndividualCaseIT() {
        super("individual");
    }

    @Test
    void an_individual_case_stores_the_persons_identity() {
        Api.Answer answer = api.post("/cases", aCraCase().startDate("2025-09-15").age(17).gender("female")
                .kommun("2380").person(anAstrid(Canaries.personnummer(17, "FEMALE", 0)).phone(Canaries.PHONE))
                .toString());

        assertThat(answer.status()).isEqualTo(201);
        String caseCode = answer.text("caseCode");
        assertThat(answer.json()).containsEntry("regime", "INDIVIDUAL").containsEntry("guardianSecrecy", true);
        String twelveDigits = Canaries.personnummer(17, "FEMALE", 0).replace("-", "");
        assertThat(answer.map("person")).containsEntry("identityNumber", twelveDigits)
                .containsEntry("familyName", "Kanariefågel");
        assertThat(db.rows("SELECT * FROM case_person WHERE case_code = ?", caseCode)).singleElement()
                .satisfies(person -> assertThat(person).containsEntry("identity_number", twelveDigits)
                        .containsEntry("given_name", "Astrid").containsEntry("phone", Canaries.PHONE));
        assertThat(api.get("/cases/" + caseCode).map("person")).containsEntry("givenName", "Astrid");
    }

    @Test
    void an_individual_case_needs_a_valid_personnummer_and_the_answer_does_not_repeat_it() {
        long before = db.count("case_file");

        Api.Answer answer = api.post("/cases", aCraCase().age(17).person(anAstrid(PERSONNUMMER)).toString());

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.list("errors")).extracting(error -> error.get("pointer"))
                .containsExactly("#/person/identityNumber");
        assertThat(answer.body()).doesNotContain(PERSONNUMMER).doesNotContain("198501011234");
        assertThat(db.count("case_file")).isEqualTo(before);
    }

    @Test
    void a_14_year_old_without_recorded_guardian_consent_is_refused_for_a_cra() {
        long before = db.count("case_file");
        String fourteen = Canaries.personnummer(14, "FEMALE", 0);

        Api.Answer refused = api.post("/cases",
                aCraCase().startDate("2025-09-01").age(14).person(anAstrid(fourteen)).toString());

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text("type")).endsWith("guardian-consent-required");
        assertThat(db.count("case_file")).isEqualTo(before);

        Api.Answer accepted = api.post("/cases", aCraCase().startDate("2025-09-01").age(14).guardianConsentGiven()
                .person(anAstrid(fourteen)).guardians("Greta Kanariefågel").toString());
        assertThat(accepted.status()).isEqualTo(201);
        assertThat(accepted.json()).containsEntry("guardianConsent", "GIVEN").containsEntry("guardianSecrecy", false);
        assertThat(accepted.list("guardians")).extracting(guardian -> guardian.get("name"))
                .containsExactly("Greta Kanariefågel");
    }
}
