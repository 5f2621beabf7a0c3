package se.jamtland.unit;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.jamtland.testinfra.Canaries;
import se.jamtland.testsupport.Api;
import se.jamtland.unit.testing.CapturedLogs;
import se.jamtland.unit.testing.UnitServiceTestBase;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The three documentation regimes of 14 kap. SoL, end to end against a real MariaDB and the real
 * eligibility-service, on Mini-Maria, which has all three: Rådgivande samtal (4 §), Återfallsprevention (5 §)
 * and A-CRA (3 §).
 */
// Not transactional: the service commits its own transactions, and the tests read them back.
@MicronautTest(environments = "unit", transactional = false)
class MiniMariaRegimesIT extends UnitServiceTestBase {

    static final String PERSONNUMMER = Canaries.INVALID_PERSONNUMMER;
    static final String NAME = Canaries.FULL_NAME;
    static final String VALID_PERSONNUMMER = Canaries.PERSONNUMMER;

    MiniMariaRegimesIT() {
        super("minimaria", "unit_core_minimaria");
    }

    @Test
    void an_advisory_contact_is_stored_as_dates_numbers_and_codes_only() {
        Api.Answer answer = api.post("/advisory-contacts", """
                {"insats":"minimaria-radgivande-samtal","date":"2025-09-15","channel":"PHONE","askedBy":"RELATIVE",
                 "ageBand":"15-17","gender":"female","kommun":"2380","topicCodes":["ALKOHOL","SPEL_OM_PENGAR"],
                 "durationMinutes":25}""");

        assertThat(answer.status()).isEqualTo(201);
        assertThat(db.columns("advisory_contact")).containsExactly("id", "insats", "contact_date", "channel",
                "asked_by", "age_band", "gender", "kommun", "topic_codes", "duration_minutes", "participant_count",
                "catalog_version", "recorded_at");
        Map<String, Object> row = db.rows("SELECT * FROM advisory_contact WHERE id = ?", answer.json().get("id")).get(0);
        assertThat(row).containsEntry("insats", "minimaria-radgivande-samtal").containsEntry("channel", "PHONE")
                .containsEntry("asked_by", "RELATIVE").containsEntry("age_band", "15-17")
                .containsEntry("kommun", "2380").containsEntry("topic_codes", "ALKOHOL,SPEL_OM_PENGAR")
                .containsEntry("catalog_version", "2025-07-01");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "{\"insats\":\"minimaria-radgivande-samtal\",\"channel\":\"PHONE\",\"askedBy\":\"SELF\",\"name\":\"" + NAME + "\"}",
            "{\"insats\":\"minimaria-radgivande-samtal\",\"channel\":\"PHONE\",\"askedBy\":\"SELF\",\"personnummer\":\"" + PERSONNUMMER + "\"}",
            "{\"insats\":\"minimaria-radgivande-samtal\",\"channel\":\"PHONE\",\"askedBy\":\"SELF\",\"kommun\":\"" + PERSONNUMMER + "\"}",
            "{\"insats\":\"minimaria-radgivande-samtal\",\"channel\":\"PHONE\",\"askedBy\":\"SELF\",\"gender\":\"" + NAME + "\"}",
            "{\"insats\":\"minimaria-radgivande-samtal\",\"channel\":\"PHONE\",\"askedBy\":\"SELF\",\"topicCodes\":[\"" + NAME + "\"]}",
            "{\"insats\":\"minimaria-radgivande-samtal\",\"channel\":\"PHONE\",\"askedBy\":\"SELF\",\"person\":{\"identityNumber\":\"" + PERSONNUMMER + "\"}}",
            "{\"insats\":\"" + PERSONNUMMER + "\",\"channel\":\"PHONE\",\"askedBy\":\"SELF\"}",
            "{\"insats\":\"minimaria-radgivande-samtal\",\"channel\":\"" + NAME + "\",\"askedBy\":\"SELF\"}",
    })
    void an_advisory_contact_with_a_name_or_personnummer_anywhere_is_refused_and_nothing_is_written(String body) {
        long before = db.count("advisory_contact");

        Api.Answer answer = api.post("/advisory-contacts", body);

        assertThat(answer.status()).isIn(400, 422);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(answer.body()).doesNotContain(PERSONNUMMER).doesNotContain(NAME).doesNotContain("Kanarie");
        assertThat(db.count("advisory_contact")).isEqualTo(before);
    }

    @Test
    void an_advisory_contact_with_a_14_year_old_needs_recorded_guardian_consent() {
        long before = db.count("advisory_contact");
        String contact = """
                {"insats":"minimaria-radgivande-samtal","date":"2025-09-15","channel":"VISIT","askedBy":"SELF",
                 "age":14%s}""";

        Api.Answer refused = api.post("/advisory-contacts", contact.formatted(""));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text("type")).endsWith("guardian-consent-required");
        assertThat(db.count("advisory_contact")).isEqualTo(before);

        Api.Answer accepted = api.post("/advisory-contacts", contact.formatted(",\"guardianConsentGiven\":true"));
        assertThat(accepted.status()).isEqualTo(201);
        assertThat(accepted.json()).containsEntry("ageBand", "13-14");
    }

    @Test
    void a_personnummer_in_a_code_field_is_named_as_what_it_is() {
        Api.Answer answer = api.post("/advisory-contacts", """
                {"insats":"minimaria-radgivande-samtal","channel":"PHONE","askedBy":"SELF","kommun":"%s"}"""
                .formatted(PERSONNUMMER));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.list("errors")).singleElement().satisfies(error -> {
            assertThat(error.get("pointer")).isEqualTo("#/kommun");
            assertThat(error.get("detail").toString()).contains("personnummer");
        });
    }

    @Test
    void a_deidentified_case_stores_only_what_the_regime_allows_and_a_16_year_old_without_consent_is_flagged() {
        Api.Answer answer = api.post("/cases", """
                {"insats":"minimaria-aterfallsprevention","startDate":"2025-09-15","age":16,"gender":"male",
                 "kommun":"2309"}""");

        assertThat(answer.status()).isEqualTo(201);
        String caseCode = answer.text("caseCode");
        assertThat(caseCode).matches("[2-9A-Z]{4}-[2-9A-Z]{4}");
        assertThat(answer.json()).containsEntry("regime", "DEIDENTIFIED").containsEntry("guardianSecrecy", true)
                .containsEntry("guardianConsent", "NOT_REQUIRED").doesNotContainKey("person");
        assertThat(db.columns("case_file")).containsExactly("case_code", "insats", "regime", "start_date", "age_band",
                "gender", "kommun", "guardian_consent", "guardian_secrecy", "catalog_version", "planned_sessions",
                "planned_booster", "planned_follow_up", "max_sessions", "linked_case_code", "closed_date",
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

        Api.Answer answer = api.post("/cases", """
                {"insats":"minimaria-aterfallsprevention","age":19,"person":{"identityNumber":"%s",
                 "givenName":"Astrid","familyName":"Kanariefågel"}}""".formatted(VALID_PERSONNUMMER));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.list("errors")).extracting(error -> error.get("pointer")).containsExactly("#/person");
        assertThat(answer.body()).doesNotContain(VALID_PERSONNUMMER).doesNotContain("Kanarie");
        assertThat(db.count("case_file")).isEqualTo(before);
    }

    @Test
    void the_database_itself_refuses_identity_for_a_deidentified_case() {
        String caseCode = api.post("/cases", """
                {"insats":"minimaria-aterfallsprevention","age":20}""").text("caseCode");

        assertThat(insertPersonDirectly(caseCode)).contains("only to INDIVIDUAL cases");
        assertThat(db.rows("SELECT * FROM case_person WHERE case_code = ?", caseCode)).isEmpty();
    }

    @Test
    void an_individual_case_stores_the_persons_identity() {
        Api.Answer answer = api.post("/cases", """
                {"insats":"minimaria-a-cra","startDate":"2025-09-15","age":17,"gender":"female","kommun":"2380",
                 "person":{"identityNumber":"%s","givenName":"Astrid","familyName":"Kanariefågel",
                           "phone":"%s"}}""".formatted(Canaries.personnummer(17, "FEMALE", 0), Canaries.PHONE));

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

        Api.Answer answer = api.post("/cases", """
                {"insats":"minimaria-a-cra","age":17,"person":{"identityNumber":"%s","givenName":"Astrid",
                 "familyName":"Kanariefågel"}}""".formatted(PERSONNUMMER));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.list("errors")).extracting(error -> error.get("pointer"))
                .containsExactly("#/person/identityNumber");
        assertThat(answer.body()).doesNotContain(PERSONNUMMER).doesNotContain("198501011234");
        assertThat(db.count("case_file")).isEqualTo(before);
    }

    @Test
    void a_14_year_old_without_recorded_guardian_consent_is_refused_for_a_cra() {
        long before = db.count("case_file");

        Api.Answer refused = api.post("/cases", """
                {"insats":"minimaria-a-cra","startDate":"2025-09-01","age":14,"person":{"identityNumber":"%s",
                 "givenName":"Astrid","familyName":"Kanariefågel"}}""".formatted(Canaries.personnummer(14, "FEMALE", 0)));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text("type")).endsWith("guardian-consent-required");
        assertThat(db.count("case_file")).isEqualTo(before);

        Api.Answer accepted = api.post("/cases", """
                {"insats":"minimaria-a-cra","startDate":"2025-09-01","age":14,"guardianConsentGiven":true,
                 "person":{"identityNumber":"%s","givenName":"Astrid","familyName":"Kanariefågel"},
                 "guardians":[{"name":"Greta Kanariefågel"}]}""".formatted(Canaries.personnummer(14, "FEMALE", 0)));
        assertThat(accepted.status()).isEqualTo(201);
        assertThat(accepted.json()).containsEntry("guardianConsent", "GIVEN").containsEntry("guardianSecrecy", false);
        assertThat(accepted.list("guardians")).extracting(guardian -> guardian.get("name"))
                .containsExactly("Greta Kanariefågel");
    }

    @Test
    void a_note_with_a_personnummer_on_a_deidentified_case_is_refused_and_appears_in_no_response_and_no_log() {
        String caseCode = api.post("/cases", """
                {"insats":"minimaria-aterfallsprevention","age":19}""").text("caseCode");

        try (CapturedLogs logs = new CapturedLogs()) {
            String text = "Samtal 3. Klienten, " + PERSONNUMMER + ", berättade om återfall.";
            Api.Answer answer = api.post("/cases/" + caseCode + "/notes",
                    "{\"text\":\"Samtal 3. Klienten, " + PERSONNUMMER + ", berättade om återfall.\"}");

            assertThat(answer.status()).isEqualTo(422);
            assertThat(answer.list("errors")).singleElement().satisfies(error -> {
                assertThat(error.get("pointer")).isEqualTo("#/text");
                assertThat(error.get("detail").toString()).contains("personnummer");
                assertThat(error.get("kind")).isEqualTo("PERSONAL_IDENTITY_NUMBER");
                assertThat(error.get("ranges")).isEqualTo(List.of(Map.of("start", text.indexOf(PERSONNUMMER),
                        "end", text.indexOf(PERSONNUMMER) + PERSONNUMMER.length())));
            });
            assertThat(answer.body()).doesNotContain(PERSONNUMMER).doesNotContain("8501011234");
            Api.Answer after = api.get("/cases/" + caseCode);
            assertThat(after.list("notes")).isEmpty();
            assertThat(after.body()).doesNotContain(PERSONNUMMER);
            assertThat(logs.lines()).noneMatch(line -> line.contains(PERSONNUMMER) || line.contains("8501011234"));
        }
        assertThat(db.rows("SELECT * FROM working_note WHERE case_code = ?", caseCode)).isEmpty();
    }

    @Test
    void a_note_naming_people_on_a_deidentified_case_is_refused_with_the_ranges_to_rewrite_and_no_name_anywhere() {
        String caseCode = api.post("/cases", """
                {"insats":"minimaria-aterfallsprevention","age":19}""").text("caseCode");
        String text = "Klienten heter " + Canaries.GIVEN_NAME + " och bor med sin man Ahmed.";

        try (CapturedLogs logs = new CapturedLogs()) {
            Api.Answer answer = api.post("/cases/" + caseCode + "/notes", "{\"text\":\"" + text + "\"}");

            assertThat(answer.status()).isEqualTo(422);
            assertThat(answer.contentType()).isEqualTo("application/problem+json");
            assertThat(answer.text("title")).isEqualTo("Uppgifter som kan röja identitet");
            assertThat(answer.list("errors")).singleElement().satisfies(error -> {
                assertThat(error.get("pointer")).isEqualTo("#/text");
                assertThat(error.get("kind")).isEqualTo("PERSONAL_NAME");
                assertThat(error.get("detail").toString()).contains("namn", "klienten", "partnern", "barnet");
                int given = text.indexOf(Canaries.GIVEN_NAME);
                int husband = text.indexOf("Ahmed");
                assertThat(error.get("ranges")).isEqualTo(List.of(
                        Map.of("start", given, "end", given + Canaries.GIVEN_NAME.length()),
                        Map.of("start", husband, "end", husband + "Ahmed".length())));
            });
            assertThat(answer.body()).doesNotContain(Canaries.GIVEN_NAME).doesNotContain("Ahmed");
            assertThat(logs.lines()).noneMatch(line -> line.contains(Canaries.GIVEN_NAME) || line.contains("Ahmed"));
        }
        assertThat(db.rows("SELECT * FROM working_note WHERE case_code = ?", caseCode)).isEmpty();
    }

    @Test
    void a_note_naming_an_insats_or_a_public_body_mid_sentence_is_kept() {
        // The guard reads the catalog's words from the running eligibility-service: a name of an insats is no name.
        String caseCode = api.post("/cases", """
                {"insats":"minimaria-aterfallsprevention","age":19}""").text("caseCode");
        String text = "Klienten har gått i Cannabisprogrammet och har kontakt med Socialtjänsten i Krokom.";

        Api.Answer note = api.post("/cases/" + caseCode + "/notes", "{\"text\":\"" + text + "\"}");

        assertThat(note.status()).isEqualTo(201);
        assertThat(note.list("notes")).extracting(n -> n.get("text")).containsExactly(text);
    }

    @Test
    void a_working_note_without_identity_is_kept_but_a_deidentified_case_has_no_journal() {
        String caseCode = api.post("/cases", """
                {"insats":"minimaria-aterfallsprevention","age":19}""").text("caseCode");

        Api.Answer note = api.post("/cases/" + caseCode + "/notes", "{\"text\":\"Samtal 2 av 10, fokus på triggers.\"}");
        Api.Answer journal = api.post("/cases/" + caseCode + "/journal", "{\"text\":\"Journal\"}");

        assertThat(note.status()).isEqualTo(201);
        assertThat(note.list("notes")).extracting(n -> n.get("text")).containsExactly("Samtal 2 av 10, fokus på triggers.");
        assertThat(journal.status()).isEqualTo(422);
        assertThat(db.rows("SELECT * FROM journal_note WHERE case_code = ?", caseCode)).isEmpty();
    }

    @Test
    void an_individual_record_has_a_journal() {
        String caseCode = api.post("/cases", """
                {"insats":"minimaria-fft","startDate":"2025-09-01","age":16,"person":{"identityNumber":"%s",
                 "givenName":"Astrid","familyName":"Kanariefågel"}}""".formatted(Canaries.personnummer(16, "MALE", 0)))
                .text("caseCode");

        Api.Answer journal = api.post("/cases/" + caseCode + "/journal",
                "{\"text\":\"Första familjesamtalet, mamma och två syskon deltog.\"}");

        assertThat(journal.status()).isEqualTo(201);
        assertThat(journal.list("notes")).hasSize(1);
    }

    @Test
    void sessions_show_as_progress_against_the_bilagas_plan() {
        String caseCode = api.post("/cases", """
                {"insats":"minimaria-a-cra","startDate":"2025-09-01","age":19,"person":{"identityNumber":"%s",
                 "givenName":"Astrid","familyName":"Kanariefågel"}}""".formatted(Canaries.personnummer(19, "FEMALE", 0)))
                .text("caseCode");

        api.post("/cases/" + caseCode + "/sessions", "{\"date\":\"2025-09-08\",\"participantCount\":3}");
        api.post("/cases/" + caseCode + "/sessions", "{\"date\":\"2025-09-15\"}");
        Api.Answer afterBooster = api.post("/cases/" + caseCode + "/sessions",
                "{\"date\":\"2025-11-15\",\"kind\":\"BOOSTER\"}");

        assertThat(afterBooster.status()).isEqualTo(201);
        assertThat(afterBooster.map("progress")).containsEntry("sessionsHeld", 2).containsEntry("sessionsPlanned", 15)
                .containsEntry("boostersHeld", 1).containsEntry("boostersPlanned", 3);
        assertThat(afterBooster.list("sessions")).first().satisfies(s -> assertThat(s).containsEntry("participantCount", 3));
    }

    @Test
    void a_closed_case_takes_no_more_sessions() {
        String caseCode = api.post("/cases", """
                {"insats":"minimaria-aterfallsprevention","startDate":"2025-09-01","age":19}""").text("caseCode");

        Api.Answer closed = api.post("/cases/" + caseCode + "/closure", "{\"date\":\"2025-10-01\",\"reason\":\"COMPLETED\"}");
        Api.Answer session = api.post("/cases/" + caseCode + "/sessions", "{\"date\":\"2025-10-02\"}");

        assertThat(closed.json()).containsEntry("open", false).containsEntry("closureReason", "COMPLETED");
        assertThat(session.status()).isEqualTo(409);
        assertThat(api.get("/cases?open=false&insats=minimaria-aterfallsprevention").list("items"))
                .extracting(item -> item.get("caseCode")).contains(caseCode);
    }

    @Test
    void another_units_insats_is_refused_here() {
        Api.Answer answer = api.post("/cases", "{\"insats\":\"cmv-stodsamtal-vald\",\"age\":30}");

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.text("type")).endsWith("insats-of-another-unit");
    }

    @Test
    void the_unit_lists_its_own_insatser_from_the_catalog() {
        Api.Answer answer = api.get("/insatser?onDate=2025-09-15");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.array()).extracting(insats -> insats.get("id")).containsExactlyInAnyOrder(
                "minimaria-radgivande-samtal", "minimaria-cannabisprogrammet", "minimaria-a-cra",
                "minimaria-aterfallsprevention", "minimaria-fft", "minimaria-spel-till-friheten");
    }

    @Test
    void a_page_larger_than_the_maximum_is_refused() {
        assertThat(api.get("/cases?size=1000").status()).isEqualTo(400);
        assertThat(api.get("/cases?size=100").status()).isEqualTo(200);
    }

    @Test
    void an_unknown_case_is_a_404_problem() {
        Api.Answer answer = api.get("/cases/ZZZZ-ZZZZ");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
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
