package se.jamtland.unit.minimaria;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.jamtland.testinfra.Canaries;
import se.jamtland.testsupport.Api;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static se.jamtland.unit.minimaria.MiniMariaRequests.anAdvisoryContact;

/**
 * People, not only contacts (issue 11): a visitor code turns into the unit's keyed hash, so a contact is a first
 * or a repeat visit to the insats in its year, and only that yes/no goes into the event. The code is in no table.
 */
@MicronautTest(environments = "unit", transactional = false)
class VisitorCodeIT extends MiniMariaScenario {

    VisitorCodeIT() {
        super("visitors");
    }

    private Api.Answer aChatWithTheCode(String date, String code) {
        return api.post("/advisory-contacts", anAdvisoryContact().date(date).channel("CHAT").askedBy("SELF")
                .visitorCode(code).toString());
    }

    @Test
    void two_visits_with_the_same_code_are_a_first_and_a_repeat_visit_and_another_code_is_another_visitor() {
        long visitorsBefore = db.count("visitor");

        Api.Answer first = aChatWithTheCode("2025-10-01", Canaries.VISITOR_CODE);
        // Said again a week later, written as staff heard it.
        Api.Answer again = aChatWithTheCode("2025-10-08", "Blåbär kanariekod-77".toLowerCase(Locale.ROOT));
        Api.Answer someoneElse = aChatWithTheCode("2025-10-08", "lingonsylt 42");
        Api.Answer withoutCode = api.post("/advisory-contacts", anAdvisoryContact().date("2025-10-08").channel("CHAT")
                .askedBy("SELF").toString());

        assertThat(List.of(first.status(), again.status(), someoneElse.status(), withoutCode.status()))
                .containsOnly(201);
        assertThat(first.json()).containsEntry("firstVisit", true);
        assertThat(again.json()).containsEntry("firstVisit", false);
        assertThat(someoneElse.json()).containsEntry("firstVisit", true);
        assertThat(withoutCode.json()).doesNotContainKey("firstVisit");
        assertThat(db.count("visitor")).isEqualTo(visitorsBefore + 2);
        assertThat(firstVisitColumn(withoutCode)).isNull();
        assertThat(firstVisitColumn(again)).isEqualTo(false);
        assertThat(payloadOf(first)).contains("\"firstVisit\":true");
        assertThat(payloadOf(again)).contains("\"firstVisit\":false");
        assertThat(payloadOf(withoutCode)).doesNotContain("firstVisit");
    }

    @Test
    void the_same_code_in_a_new_calendar_year_is_a_first_visit_of_that_year() {
        assertThat(aChatWithTheCode("2025-11-20", "hallon 1234").json()).containsEntry("firstVisit", true);
        assertThat(aChatWithTheCode("2025-12-20", "hallon 1234").json()).containsEntry("firstVisit", false);
        assertThat(aChatWithTheCode("2026-01-10", "hallon 1234").json()).containsEntry("firstVisit", true);
    }

    @Test
    void the_code_is_in_no_table_of_the_unit_only_its_hash_and_no_table_has_a_column_for_it() {
        aChatWithTheCode("2025-10-15", Canaries.VISITOR_CODE);

        assertThat(db.everyValue()).noneMatch(value -> Canaries.findIn(value).isPresent());
        assertThat(db.columns("visitor")).containsExactly("insats", "visit_year", "visitor_hash", "first_visit");
        assertThat(db.rows("SELECT table_name AS t, column_name AS c FROM information_schema.columns"
                + " WHERE table_schema = DATABASE() AND column_name LIKE '%code%'"))
                .allSatisfy(column -> assertThat(column.get("c").toString()).isIn("case_code", "linked_case_code",
                        "topic_codes", "event_id"));
    }

    @Test
    void a_personnummer_as_the_code_is_refused_naming_the_field_never_the_value_and_nothing_is_written() {
        long contacts = db.count("advisory_contact");
        long visitors = db.count("visitor");

        Api.Answer answer = aChatWithTheCode("2025-10-15", VALID_PERSONNUMMER);

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.list("errors")).singleElement().satisfies(error ->
                assertThat(error.get("pointer")).isEqualTo("#/visitorCode"));
        assertThat(answer.body()).doesNotContain(VALID_PERSONNUMMER).doesNotContain(VALID_PERSONNUMMER.substring(2));
        assertThat(db.count("advisory_contact")).isEqualTo(contacts);
        assertThat(db.count("visitor")).isEqualTo(visitors);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ab7", "kod;77 drop", "två  mellanslag", "-bindestreck-först", "kanariekod\u0007 7",
            "en mycket lång kod som fortsätter långt efter de sextiofyra tecken som är tillåtna"})
    void a_code_the_rules_do_not_allow_is_a_400_that_does_not_repeat_it(String code) {
        long contacts = db.count("advisory_contact");

        Api.Answer answer = aChatWithTheCode("2025-10-15", code);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(answer.body()).doesNotContain(code.strip()).doesNotContain("kanariekod");
        assertThat(db.count("advisory_contact")).isEqualTo(contacts);
    }

    private Object firstVisitColumn(Api.Answer contact) {
        return db.rows("SELECT first_visit FROM advisory_contact WHERE id = ?", contact.json().get("id")).get(0)
                .get("first_visit");
    }

    /** The contact's event in the outbox: the one appended with it (ids grow with the contacts). */
    private String payloadOf(Api.Answer contact) {
        List<Map<String, Object>> rows = db.rows("SELECT payload FROM outbox WHERE payload LIKE ? ORDER BY id",
                "%\"ADVISORY_CONTACT\"%");
        long contactsUpTo = ((Number) db.rows("SELECT COUNT(*) AS n FROM advisory_contact WHERE id <= ?",
                contact.json().get("id")).get(0).get("n")).longValue();
        return rows.get((int) contactsUpTo - 1).get("payload").toString();
    }
}
