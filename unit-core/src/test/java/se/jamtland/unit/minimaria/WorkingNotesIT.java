package se.jamtland.unit.minimaria;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import se.jamtland.testinfra.Canaries;
import se.jamtland.testsupport.Api;
import se.jamtland.unit.testing.CapturedLogs;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static se.jamtland.unit.minimaria.MiniMariaRequests.anAstrid;
import static se.jamtland.unit.minimaria.MiniMariaRequests.anAterfallspreventionCase;
import static se.jamtland.unit.minimaria.MiniMariaRequests.anFftCase;
import static se.jamtland.unit.minimaria.MiniMariaRequests.note;

/**
 * Notes by regime: a de-identified case keeps working notes only when the identity guard finds nothing that can
 * reveal who it is about, and has no journal; an individual case has one.
 */
@MicronautTest(environments = "unit", transactional = false)
class WorkingNotesIT extends MiniMariaScenario {

    WorkingNotesIT() {
        super("notes");
    }

    @Test
    void a_note_with_a_personnummer_on_a_deidentified_case_is_refused_and_appears_in_no_response_and_no_log() {
        String caseCode = aDeidentifiedCase();

        try (CapturedLogs logs = new CapturedLogs()) {
            String text = "Samtal 3. Klienten, " + PERSONNUMMER + ", berättade om återfall.";
            Api.Answer answer = api.post("/cases/" + caseCode + "/notes", note(text));

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
        String caseCode = aDeidentifiedCase();
        String text = "Klienten heter " + Canaries.GIVEN_NAME + " och bor med sin man Ahmed.";

        try (CapturedLogs logs = new CapturedLogs()) {
            Api.Answer answer = api.post("/cases/" + caseCode + "/notes", note(text));

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
        String caseCode = aDeidentifiedCase();
        String text = "Klienten har gått i Cannabisprogrammet och har kontakt med Socialtjänsten i Krokom.";

        Api.Answer note = api.post("/cases/" + caseCode + "/notes", note(text));

        assertThat(note.status()).isEqualTo(201);
        assertThat(note.list("notes")).extracting(n -> n.get("text")).containsExactly(text);
    }

    @Test
    void a_working_note_without_identity_is_kept_but_a_deidentified_case_has_no_journal() {
        String caseCode = aDeidentifiedCase();

        Api.Answer note = api.post("/cases/" + caseCode + "/notes", note("Samtal 2 av 10, fokus på triggers."));
        Api.Answer journal = api.post("/cases/" + caseCode + "/journal", note("Journal"));

        assertThat(note.status()).isEqualTo(201);
        assertThat(note.list("notes")).extracting(n -> n.get("text")).containsExactly("Samtal 2 av 10, fokus på triggers.");
        assertThat(journal.status()).isEqualTo(422);
        assertThat(db.rows("SELECT * FROM journal_note WHERE case_code = ?", caseCode)).isEmpty();
    }

    @Test
    void an_individual_record_has_a_journal() {
        String caseCode = api.post("/cases", anFftCase().startDate("2025-09-01").age(16)
                .person(anAstrid(Canaries.personnummer(16, "MALE", 0))).toString()).text("caseCode");

        Api.Answer journal = api.post("/cases/" + caseCode + "/journal",
                note("Första familjesamtalet, mamma och två syskon deltog."));

        assertThat(journal.status()).isEqualTo(201);
        assertThat(journal.list("notes")).hasSize(1);
    }

    private String aDeidentifiedCase() {
        return api.post("/cases", anAterfallspreventionCase().age(19).toString()).text("caseCode");
    }
}
