package se.jamtland.unit;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.jamtland.testinfra.Canaries;
import se.jamtland.testsupport.Api;
import se.jamtland.testsupport.TestIdp;
import se.jamtland.unit.testing.UnitServiceTestBase;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * For an INDIVIDUAL record (14 kap. 3 § SoL) the identity number decides age and legal gender: a mistyped age
 * must not switch off the protection a 15-17-year-old has from their guardians (Bilaga 1, avsnitt 1). And one
 * person has one open case of an insats at the unit.
 */
@MicronautTest(environments = "unit", transactional = false)
class IdentityNumberDecidesAgeIT extends UnitServiceTestBase {

    IdentityNumberDecidesAgeIT() {
        super("minimaria", "unit_core_identity_age");
    }

    private Api.Answer openAcra(String identityNumber, String extraFields) {
        return api.post("/cases", """
                {"insats":"minimaria-a-cra","startDate":"2025-09-01",%s"person":{"identityNumber":"%s",
                 "givenName":"%s","familyName":"%s"}}"""
                .formatted(extraFields, identityNumber, Canaries.GIVEN_NAME, Canaries.FAMILY_NAME));
    }

    @Test
    void a_sixteen_year_olds_personnummer_with_age_40_is_refused_naming_age_and_nothing_is_written() {
        String sixteen = Canaries.personnummer(16, "FEMALE", 1);
        long cases = db.count("case_file");
        long persons = db.count("case_person");
        long events = db.count("outbox");

        Api.Answer answer = openAcra(sixteen, "\"age\":40,");

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.text("type")).endsWith("age-disagrees-with-identity-number");
        assertThat(answer.list("errors")).extracting(error -> error.get("pointer")).containsExactly("#/age");
        assertThat(answer.text("detail")).doesNotContain("40").doesNotContain("16");
        assertThat(Canaries.findIn(answer.body())).isEmpty();
        assertThat(db.count("case_file")).isEqualTo(cases);
        assertThat(db.count("case_person")).isEqualTo(persons);
        assertThat(db.count("outbox")).isEqualTo(events);
    }

    @Test
    void without_an_age_the_identity_number_gives_it_and_a_sixteen_year_old_gets_guardian_secrecy() {
        Api.Answer answer = openAcra(Canaries.personnummer(16, "MALE", 2), "");

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.json()).containsEntry("ageBand", "15-17").containsEntry("guardianSecrecy", true)
                .containsEntry("guardianConsent", "NOT_REQUIRED");
    }

    @Test
    void a_stated_age_that_agrees_with_the_identity_number_is_accepted() {
        Api.Answer answer = openAcra(Canaries.personnummer(19, "FEMALE", 2), "\"age\":19,\"legalGender\":\"FEMALE\",");

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.json()).containsEntry("ageBand", "18-21").containsEntry("guardianSecrecy", false);
    }

    @ParameterizedTest(name = "aged {0} by the number, stated {1}: guardian secrecy {2}, age band {3}")
    @CsvSource({
            "15, 40, true,  15-17",
            "17, 19, true,  15-17",
            "18, 16, false, 18-21",
    })
    void on_both_sides_of_15_and_18_the_true_age_decides_and_a_wrong_stated_age_is_refused(
            int trueAge, int statedAge, boolean secrecy, String ageBand) {
        String identityNumber = Canaries.personnummer(trueAge, "FEMALE", 3);

        Api.Answer wrong = openAcra(identityNumber, "\"age\":" + statedAge + ",");
        Api.Answer right = openAcra(identityNumber, "");

        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.list("errors")).extracting(error -> error.get("pointer")).containsExactly("#/age");
        assertThat(right.status()).isEqualTo(201);
        assertThat(right.json()).containsEntry("guardianSecrecy", secrecy).containsEntry("ageBand", ageBand);
    }

    @Test
    void a_fourteen_year_old_by_the_number_needs_guardian_consent_even_when_the_stated_age_would_not() {
        String fourteen = Canaries.personnummer(14, "MALE", 3);
        long cases = db.count("case_file");

        Api.Answer withoutAge = openAcra(fourteen, "");
        Api.Answer claimingFifteen = openAcra(fourteen, "\"age\":15,");

        assertThat(withoutAge.status()).isEqualTo(422);
        assertThat(withoutAge.text("type")).endsWith("guardian-consent-required");
        assertThat(claimingFifteen.status()).isEqualTo(422);
        assertThat(claimingFifteen.text("type")).endsWith("age-disagrees-with-identity-number");
        assertThat(db.count("case_file")).isEqualTo(cases);
    }

    @Test
    void a_samordningsnummer_gives_the_age_from_its_day_minus_60() {
        Api.Answer sixteen = openAcra(Canaries.samordningsnummer(16, "FEMALE", 4), "");
        Api.Answer eighteen = openAcra(Canaries.samordningsnummer(18, "MALE", 4), "\"age\":18,");
        Api.Answer wrong = openAcra(Canaries.samordningsnummer(17, "MALE", 4), "\"age\":77,");

        assertThat(sixteen.status()).isEqualTo(201);
        assertThat(sixteen.json()).containsEntry("ageBand", "15-17").containsEntry("guardianSecrecy", true);
        assertThat(eighteen.status()).isEqualTo(201);
        assertThat(eighteen.json()).containsEntry("ageBand", "18-21").containsEntry("guardianSecrecy", false);
        assertThat(wrong.status()).isEqualTo(422);
    }

    @Test
    void a_legal_gender_that_disagrees_with_the_identity_number_is_refused_naming_the_field() {
        Api.Answer answer = openAcra(Canaries.personnummer(20, "MALE", 5), "\"legalGender\":\"FEMALE\",");

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.text("type")).endsWith("legal-gender-disagrees-with-identity-number");
        assertThat(answer.list("errors")).extracting(error -> error.get("pointer")).containsExactly("#/legalGender");
    }

    @Test
    void a_person_born_after_the_start_date_is_refused() {
        Api.Answer answer = api.post("/cases", """
                {"insats":"minimaria-a-cra","startDate":"2025-09-01","person":{"identityNumber":"%s",
                 "givenName":"%s","familyName":"%s"}}"""
                .formatted("20251212-1233", Canaries.GIVEN_NAME, Canaries.FAMILY_NAME));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.text("type")).endsWith("born-after-start");
        assertThat(answer.list("errors")).extracting(error -> error.get("pointer"))
                .containsExactly("#/person/identityNumber");
    }

    @Test
    void a_deidentified_case_still_needs_an_age() {
        Api.Answer answer = api.post("/cases", "{\"insats\":\"minimaria-aterfallsprevention\",\"startDate\":\"2025-09-01\"}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.list("errors")).extracting(error -> error.get("pointer")).containsExactly("#/age");
    }

    @Test
    void a_second_open_case_of_the_same_insats_is_a_409_naming_the_open_case_and_is_access_logged() {
        String person = Canaries.personnummer(19, "MALE", 6);
        String first = openAcra(person, "").text("caseCode");
        long cases = db.count("case_file");

        Api.Answer second = openAcra(person, "\"gender\":\"male\",");

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.contentType()).isEqualTo("application/problem+json");
        assertThat(second.text("type")).endsWith("open-case-exists");
        assertThat(second.text("detail")).contains(first);
        assertThat(Canaries.findIn(second.body())).isEmpty();
        assertThat(db.count("case_file")).isEqualTo(cases);
        assertThat(db.rows("SELECT action FROM audit_log WHERE case_code = ? ORDER BY seq", first))
                .extracting(row -> row.get("action")).containsExactly("CREATE", "READ");
    }

    @Test
    void the_same_person_in_another_insats_is_fine_and_after_closing_a_new_case_can_open() {
        String person = Canaries.personnummer(18, "FEMALE", 7);
        String first = openAcra(person, "").text("caseCode");

        Api.Answer fft = api.post("/cases", """
                {"insats":"minimaria-fft","startDate":"2025-09-01","person":{"identityNumber":"%s",
                 "givenName":"%s","familyName":"%s"}}""".formatted(person, Canaries.GIVEN_NAME, Canaries.FAMILY_NAME));
        Api.Answer closed = api.post("/cases/" + first + "/closure", "{\"date\":\"2025-10-01\",\"reason\":\"COMPLETED\"}");
        Api.Answer again = openAcra(person, "");

        assertThat(fft.status()).isEqualTo(201);
        assertThat(closed.status()).isEqualTo(200);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.text("caseCode")).isNotEqualTo(first);
    }

    @Test
    void of_eight_simultaneous_intakes_of_one_person_exactly_one_opens_a_case() throws Exception {
        String person = Canaries.personnummer(20, "FEMALE", 8);
        long cases = db.count("case_file");
        long events = db.count("outbox");
        Api staff = api.as(TestIdp.staff("minimaria"));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> intakes = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                intakes.add(() -> staff.post("/cases", """
                        {"insats":"minimaria-a-cra","startDate":"2025-09-01","person":{"identityNumber":"%s",
                         "givenName":"%s","familyName":"%s"}}"""
                        .formatted(person, Canaries.GIVEN_NAME, Canaries.FAMILY_NAME)).status());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> status : pool.invokeAll(intakes)) {
                statuses.add(status.get());
            }
            assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
            assertThat(statuses).filteredOn(status -> status != 201).containsOnly(409);
        } finally {
            pool.shutdownNow();
        }
        assertThat(db.count("case_file")).isEqualTo(cases + 1);
        assertThat(db.count("outbox")).isEqualTo(events + 1);
    }
}
