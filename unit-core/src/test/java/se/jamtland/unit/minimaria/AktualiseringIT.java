package se.jamtland.unit.minimaria;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import se.jamtland.testinfra.Canaries;
import se.jamtland.testsupport.Api;
import se.jamtland.testsupport.TestIdp;
import se.jamtland.unit.testing.CapturedLogs;

import static org.assertj.core.api.Assertions.assertThat;
import static se.jamtland.unit.minimaria.MiniMariaRequests.anAktualiseringTo;
import static se.jamtland.unit.minimaria.MiniMariaRequests.anAstrid;

/**
 * Issue 12: a person who did not meet a villkor asks to be referred to their kommun; with their consent staff record
 * an aktualisering, and that kommun's case system, and no other, fetches it once.
 */
@MicronautTest(environments = "unit", transactional = false)
class AktualiseringIT extends MiniMariaScenario {

    AktualiseringIT() {
        super("aktualisering");
    }

    @Test
    void without_the_persons_consent_no_aktualisering_is_created_and_nothing_is_written() {
        long before = db.count("aktualisering");
        long audit = db.count("audit_log");

        Api.Answer withoutConsent = api.post("/aktualiseringar", anAktualiseringTo("2380",
                anAstrid(Canaries.PERSONNUMMER)).toString());
        Api.Answer consentFalse = api.post("/aktualiseringar", anAktualiseringTo("2380",
                anAstrid(Canaries.PERSONNUMMER)).with("consentGiven", false).toString());

        assertThat(withoutConsent.status()).isEqualTo(422);
        assertThat(withoutConsent.text("type")).endsWith("aktualisering-needs-consent");
        assertThat(withoutConsent.text("title")).isEqualTo("Personens samtycke saknas");
        assertThat(withoutConsent.body()).doesNotContain(Canaries.FAMILY_NAME).doesNotContain("121212");
        assertThat(consentFalse.status()).isEqualTo(422);
        assertThat(db.count("aktualisering")).isEqualTo(before);
        assertThat(db.count("audit_log")).isEqualTo(audit);
    }

    @Test
    void only_the_persons_kommun_fetches_an_aktualisering_and_only_once_and_staff_see_that_it_was_delivered() {
        Api.Answer created = api.post("/aktualiseringar", anAktualiseringTo("2380",
                anAstrid(Canaries.PERSONNUMMER).phone(Canaries.PHONE)).consentGiven()
                .with("message", "Vill ha kontakt på förmiddagen.").toString());
        assertThat(created.status()).isEqualTo(201);
        String id = created.text("id");
        assertThat(id).startsWith("minimaria-");
        assertThat(created.json()).containsEntry("delivered", false).containsEntry("kommunName", "Östersund");
        assertThat(api.get("/aktualiseringar/" + id).json()).isEqualTo(created.json());
        assertThat(api.get("/aktualiseringar/minimaria-" + java.util.UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(db.rows("SELECT action FROM audit_log WHERE case_code = ? ORDER BY seq", id))
                .extracting(row -> row.get("action")).containsExactly("CREATE", "READ");

        Api.Answer krokom = api.as(TestIdp.caseSystem("2309")).get("/case-system/aktualiseringar");
        Api.Answer ostersund = api.as(TestIdp.caseSystem("2380")).get("/case-system/aktualiseringar");
        Api.Answer again = api.as(TestIdp.caseSystem("2380")).get("/case-system/aktualiseringar");

        assertThat(krokom.status()).isEqualTo(200);
        assertThat(krokom.list("aktualiseringar")).isEmpty();
        assertThat(ostersund.list("aktualiseringar")).singleElement().satisfies(fetched -> {
            assertThat(fetched).containsEntry("id", id).containsEntry("insats", "minimaria-a-cra")
                    .containsEntry("unmetConditions", java.util.List.of("MIN_AGE"))
                    .containsEntry("message", "Vill ha kontakt på förmiddagen.")
                    .containsKeys("registeredOn", "consentRecordedOn").doesNotContainKey("kommun");
            assertThat(fetched.get("person")).isEqualTo(java.util.Map.of("identityNumber", "191212121212",
                    "givenName", Canaries.GIVEN_NAME, "familyName", Canaries.FAMILY_NAME, "phone", Canaries.PHONE));
        });
        assertThat(again.list("aktualiseringar")).isEmpty();
        assertThat(db.rows("SELECT COUNT(*) AS n FROM audit_log WHERE case_code = ? AND action = 'EXPORT'"
                + " AND role = 'CASE_SYSTEM' AND staff_id = 'case-system-2380'", id).get(0).get("n"))
                .isEqualTo(1L);
        assertThat(api.get("/aktualiseringar").list("items")).filteredOn(item -> item.get("id").equals(id))
                .singleElement().satisfies(item -> assertThat(item).containsEntry("delivered", true)
                        .containsKey("deliveredAt"));
    }

    @Test
    void an_aktualisering_goes_to_one_of_the_eight_kommuner_with_a_valid_personnummer_if_one_is_given() {
        long before = db.count("aktualisering");

        Api.Answer other = api.post("/aktualiseringar", anAktualiseringTo("other",
                anAstrid(Canaries.PERSONNUMMER)).consentGiven().toString());
        Api.Answer invalid = api.post("/aktualiseringar", anAktualiseringTo("2380",
                anAstrid(PERSONNUMMER)).consentGiven().toString());
        Api.Answer withoutNumber = api.post("/aktualiseringar", anAktualiseringTo("2305",
                new MiniMariaRequests.Person().with("givenName", "Kim").with("familyName", "Exempel"))
                .consentGiven().toString());

        assertThat(other.status()).isEqualTo(400);
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.body()).doesNotContain(PERSONNUMMER);
        assertThat(withoutNumber.status()).isEqualTo(201);
        assertThat(db.count("aktualisering")).isEqualTo(before + 1);
    }

    @Test
    void the_most_villkor_codes_an_aktualisering_takes_are_stored_and_one_more_is_a_400() {
        java.util.List<String> eight = java.util.stream.IntStream.range(0, 8)
                .mapToObj(i -> "V" + "ILLKOR_".repeat(5) + (char) ('A' + i) + "XXX").toList();
        assertThat(eight).allMatch(code -> code.length() == 40);

        Api.Answer most = api.post("/aktualiseringar", anAktualiseringTo("2326", anAstrid(Canaries.PERSONNUMMER))
                .with("unmetConditions", eight).consentGiven().toString());
        java.util.List<String> nine = new java.util.ArrayList<>(eight);
        nine.add("MIN_AGE");
        Api.Answer tooMany = api.post("/aktualiseringar", anAktualiseringTo("2326",
                anAstrid(Canaries.PERSONNUMMER)).with("unmetConditions", nine).consentGiven().toString());

        assertThat(most.status()).isEqualTo(201);
        assertThat(most.json().get("unmetConditions")).isEqualTo(eight);
        assertThat(tooMany.status()).isEqualTo(400);
    }

    @Test
    void the_identity_in_an_aktualisering_is_in_no_log_line() {
        try (CapturedLogs logs = new CapturedLogs()) {
            api.post("/aktualiseringar", anAktualiseringTo("2321", anAstrid(Canaries.PERSONNUMMER)
                    .phone(Canaries.PHONE)).consentGiven().toString());
            api.post("/aktualiseringar", anAktualiseringTo("2321", anAstrid(Canaries.PERSONNUMMER)).toString());
            api.as(TestIdp.caseSystem("2321")).get("/case-system/aktualiseringar");

            assertThat(logs.lines()).isNotEmpty()
                    .allSatisfy(line -> assertThat(Canaries.findIn(line)).as(line).isEmpty());
        }
    }
}
