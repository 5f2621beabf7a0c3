package se.jamtland.unit.audit.ui;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.jamtland.testinfra.Canaries;
import se.jamtland.testsupport.TestIdp;
import se.jamtland.testsupport.pages.PageVisitor;
import se.jamtland.unit.testing.CaseSystemRemisser;
import se.jamtland.unit.testing.UnitServiceTestBase;
import se.jamtland.unit.web.Period;

import java.net.http.HttpResponse;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The unit manager's follow-up of the access log as a page (issue 13): the log of a period and of one member of
 * staff, the sample of reads, the chain check's Swedish finding (intact, and the first row someone changed), and
 * that nobody but the unit's own manager sees it.
 */
@MicronautTest(environments = "unit", transactional = false)
class AccessLogPageIT extends UnitServiceTestBase {

    private static final String EVA = "eva-minimaria";

    @Inject
    EmbeddedServer server;

    private PageVisitor manager;
    private String evasRemiss;
    private String othersRemiss;

    AccessLogPageIT() {
        super("minimaria", "unit_core_access_log_page");
    }

    /** Once for the class, after the base class connected: two remisser, each read by another member of staff. */
    @BeforeEach
    void twoStaffReadARemissEach() {
        if (evasRemiss != null) {
            return;
        }
        CaseSystemRemisser kommun = new CaseSystemRemisser(api);
        evasRemiss = kommun.send("2380", Canaries.personnummer(30, "FEMALE", 1), false);
        othersRemiss = kommun.send("2309", Canaries.personnummer(31, "MALE", 2), false);
        assertThat(api.as(TestIdp.token(EVA, "minimaria", "STAFF")).get("/remisser/" + evasRemiss).status())
                .isEqualTo(200);
        assertThat(api.get("/remisser/" + othersRemiss).status()).isEqualTo(200);
    }

    @BeforeEach
    void logInAsTheManager() {
        manager = new PageVisitor("http://localhost:" + server.getPort());
        manager.logIn("chef-minimaria", "minimaria", "UNIT_MANAGER");
    }

    /** The log's own table, after the sample (which is of the whole period, whoever read). */
    private static String theLog(HttpResponse<String> page) {
        return page.body().substring(page.body().indexOf("<h2>Loggen</h2>"));
    }

    private static String today() {
        return LocalDate.now(Period.SWEDEN).toString();
    }

    @Test
    void the_manager_filters_the_log_by_period_and_staff_and_sees_that_persons_rows_only() {
        HttpResponse<String> evas = manager.get("/ui/logg?from=" + today() + "&to=" + today() + "&staff=" + EVA);

        assertThat(evas.statusCode()).isEqualTo(200);
        assertThat(theLog(evas)).contains(evasRemiss).doesNotContain(othersRemiss).contains(EVA).contains("Läst");
        assertThat(evas.body())
                .contains("value=\"" + EVA + "\"").contains("value=\"" + today() + "\"")
                .as("the sample is of the whole period, every member of staff")
                .contains("Stickprovet gäller hela perioden");

        HttpResponse<String> emptyFields = manager.get("/ui/logg?from=&to=" + today() + "&staff=");
        assertThat(emptyFields.statusCode()).as("empty fields are left out, not refused").isEqualTo(303);
        assertThat(emptyFields.headers().firstValue("Location")).hasValue("/ui/logg?to=" + today());
        HttpResponse<String> everyone = manager.get("/ui/logg?to=" + today());
        assertThat(everyone.statusCode()).isEqualTo(200);
        assertThat(everyone.body()).contains(evasRemiss).contains(othersRemiss).contains("Medarbetare")
                .contains("Skapad").contains("Kommunens verksamhetssystem");

        HttpResponse<String> before = manager.get("/ui/logg?from=2025-01-01&to=2025-01-31");
        assertThat(before.body()).contains("Inga rader i perioden.").doesNotContain(evasRemiss);
    }

    @Test
    void the_sample_shows_reads_of_the_period() {
        HttpResponse<String> page = manager.get("/ui/logg");

        String sample = page.body().substring(page.body().indexOf("Stickprov av läsningar"),
                page.body().indexOf("<h2>Loggen</h2>"));
        assertThat(sample).contains("Läst").contains(evasRemiss).contains(othersRemiss).doesNotContain("Skapad");
    }

    @Test
    void the_chain_check_says_in_swedish_that_the_log_is_intact_and_keeps_the_filter() {
        HttpResponse<String> checked = manager.get("/ui/logg/kedjekontroll?staff=" + EVA);

        assertThat(checked.statusCode()).isEqualTo(200);
        assertThat(checked.body()).contains("Loggen är obruten").contains("Loggen är obruten: alla ")
                .contains("rader stämmer.").contains("value=\"" + EVA + "\"");
    }

    @Test
    void a_row_changed_behind_the_triggers_is_named_by_the_chain_check() {
        java.util.Map<String, Object> row = db.rows("SELECT seq, staff_id FROM audit_log WHERE case_code = ? "
                + "ORDER BY seq LIMIT 1", evasRemiss).get(0);
        Object seq = row.get("seq");
        db.execute("DROP TRIGGER IF EXISTS audit_log_no_update");
        db.execute("UPDATE audit_log SET staff_id = 'test-someone-else' WHERE seq = " + seq);
        try {
            HttpResponse<String> checked = manager.get("/ui/logg/kedjekontroll");

            assertThat(checked.body()).contains("Loggen är bruten")
                    .contains("Rad " + seq + " har ändrats efter att den skrevs.")
                    .contains("Första raden som inte stämmer: " + seq + ".");
        } finally {
            // The row as it was: the chain holds again for this class's other tests.
            db.execute("UPDATE audit_log SET staff_id = ? WHERE seq = " + seq, row.get("staff_id"));
        }
        assertThat(manager.get("/ui/logg/kedjekontroll").body()).contains("Loggen är obruten");
    }

    @Test
    void a_period_that_ends_before_it_begins_or_a_date_that_is_none_is_a_422_with_the_typing_kept() {
        HttpResponse<String> backwards = manager.get("/ui/logg?from=2026-03-10&to=2026-03-01");
        HttpResponse<String> noDate = manager.get("/ui/logg?to=1%20mars&staff=" + EVA);
        HttpResponse<String> tooLong = manager.get("/ui/logg?staff=" + "x".repeat(65));

        assertThat(backwards.statusCode()).isEqualTo(422);
        assertThat(backwards.body()).contains("href=\"#from\"").contains("Perioden måste börja")
                .contains("value=\"2026-03-10\"").contains("value=\"2026-03-01\"");
        assertThat(noDate.statusCode()).isEqualTo(422);
        assertThat(noDate.body()).contains("href=\"#to\"").contains("value=\"1 mars\"")
                .contains("aria-describedby=\"to-hint to-fel\"");
        assertThat(tooLong.statusCode()).isEqualTo(422);
        assertThat(tooLong.body()).contains("href=\"#staff\"").contains("högst 64 tecken");
    }

    @Test
    void staff_and_another_units_manager_are_refused_the_follow_up_in_swedish() {
        PageVisitor staff = new PageVisitor(manager.base());
        staff.logIn("anna-minimaria", "minimaria", "STAFF");
        PageVisitor cmvManager = new PageVisitor(manager.base());
        cmvManager.logIn("chef-cmv", "cmv", "UNIT_MANAGER");

        for (PageVisitor refused : new PageVisitor[]{staff, cmvManager}) {
            HttpResponse<String> page = refused.get("/ui/logg");
            HttpResponse<String> check = refused.get("/ui/logg/kedjekontroll");
            assertThat(page.statusCode()).isEqualTo(403);
            assertThat(page.body()).contains("Du har inte tillgång till den här sidan").doesNotContain(evasRemiss);
            assertThat(check.statusCode()).isEqualTo(403);
            assertThat(check.body()).doesNotContain("Loggen är");
        }
        assertThat(staff.get("/").body()).as("nor is it in staff's menu").doesNotContain("href=\"/ui/logg\"");
    }
}
