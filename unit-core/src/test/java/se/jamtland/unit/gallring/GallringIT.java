package se.jamtland.unit.gallring;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.jamtland.testinfra.Canaries;
import se.jamtland.testsupport.Api;
import se.jamtland.testsupport.TestIdp;
import se.jamtland.unit.gallring.application.RunningGallring;
import se.jamtland.unit.testing.CapturedLogs;
import se.jamtland.unit.testing.SettableClock;
import se.jamtland.unit.testing.UnitServiceTestBase;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static se.jamtland.unit.gallring.GallringFixture.GALLRAD_FAMILY_NAME;

/**
 * Issue 15 end to end at Mini-Maria, on a clock the test sets: records on both sides of the calendar-year rule, the
 * research sample and a held case stay, the receipts count it all, nothing of what left is in any table or in the
 * log lines written after the run, and the access log's chain still proves intact behind its checkpoint.
 */
@MicronautTest(environments = "unit", transactional = false)
class GallringIT extends UnitServiceTestBase {

    GallringIT() {
        super("minimaria", "unit_core_gallring");
    }

    @Inject
    SettableClock clock;

    @Inject
    RunningGallring gallring;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("test.settable-clock", "true", "gallring.schedule.enabled", "false");
    }

    private Api manager() {
        return api.as(TestIdp.manager("minimaria"));
    }

    private Map<String, Object> rulePreview(String ruleId) {
        Api.Answer preview = manager().get("/gallring/preview");
        assertThat(preview.status()).isEqualTo(200);
        return preview.list("rules").stream().filter(rule -> rule.get("ruleId").equals(ruleId)).findFirst()
                .orElseThrow();
    }

    private Map<String, Object> receipt(String runOn, String ruleId) {
        Api.Answer receipts = manager().get("/gallring?size=100");
        assertThat(receipts.status()).isEqualTo(200);
        return receipts.list("items").stream()
                .filter(item -> item.get("runOn").equals(runOn) && item.get("ruleId").equals(ruleId))
                .findFirst().orElseThrow();
    }

    @Test
    void records_leave_on_their_day_those_held_or_sampled_stay_and_nothing_of_them_is_left_anywhere() {
        clock.setTo("2025-09-20T10:00:00");
        String gone = GallringFixture.personnummer("19950310", "912");
        String sampled = GallringFixture.personnummer("19950315", "912");
        String heldPerson = GallringFixture.personnummer("19950311", "912");
        String goneCase = GallringFixture.individualCase(api, gone, "Elvira", GALLRAD_FAMILY_NAME, "2025-09-15");
        String sampledCase = GallringFixture.individualCase(api, sampled, Canaries.GIVEN_NAME, Canaries.FAMILY_NAME,
                "2025-09-15");
        String heldCase = GallringFixture.individualCase(api, heldPerson, Canaries.GIVEN_NAME, Canaries.FAMILY_NAME,
                "2025-09-15");
        String goneDeidentified = GallringFixture.deidentifiedCase(api, "2025-09-16");
        assertThat(api.post("/advisory-contacts", """
                {"insats":"minimaria-radgivande-samtal","date":"2025-09-18","channel":"PHONE","askedBy":"SELF",
                 "ageBand":"18-21","gender":"female","kommun":"2380","topicCodes":["ALKOHOL"]}""").status())
                .isEqualTo(201);
        Api.Answer aktualisering = api.post("/aktualiseringar", """
                {"insats":"minimaria-a-cra","kommun":"2380","unmetConditions":["MIN_AGE"],"consentGiven":true,
                 "person":{"givenName":"Ingrid","familyName":"%s"}}""".formatted(GALLRAD_FAMILY_NAME));
        assertThat(aktualisering.status()).isEqualTo(201);
        String aktualiseringId = aktualisering.text("id");

        // A kommun's remiss, declined by staff; an aktualisering the kommun fetched; a visitor's code; a referral.
        String remissPerson = GallringFixture.personnummer("20050310", "913");
        Api.Answer remiss = api.as(TestIdp.caseSystem("2380")).withHeader("Idempotency-Key", "gallring-1")
                .post("/case-system/remisser", """
                        {"insats":"minimaria-a-cra","consentToReferral":true,
                         "person":{"identityNumber":"%s","givenName":"Elvira","familyName":"%s"},
                         "referrer":{"name":"Socialsekreterare Berg","phone":"063-14 30 00"}}"""
                        .formatted(remissPerson, GALLRAD_FAMILY_NAME));
        assertThat(remiss.status()).isEqualTo(201);
        String remissId = remiss.text("id");
        assertThat(api.post("/remisser/" + remissId + "/decline", "{\"reason\":\"NOT_REACHED\"}").status())
                .isEqualTo(200);
        Api.Answer delivered = api.post("/aktualiseringar", """
                {"insats":"minimaria-a-cra","kommun":"2309","unmetConditions":["MIN_AGE"],"consentGiven":true,
                 "person":{"givenName":"Ingrid","familyName":"%s"}}""".formatted(GALLRAD_FAMILY_NAME));
        assertThat(delivered.status()).isEqualTo(201);
        assertThat(api.as(TestIdp.caseSystem("2309")).get("/case-system/aktualiseringar").status()).isEqualTo(200);
        assertThat(api.post("/advisory-contacts", """
                {"insats":"minimaria-radgivande-samtal","date":"2025-09-19","channel":"VISIT","askedBy":"SELF",
                 "ageBand":"18-21","gender":"male","kommun":"2380","topicCodes":["ALKOHOL"],
                 "visitorCode":"gallringskod 15"}""").status()).isEqualTo(201);
        db.execute("INSERT INTO referral (insats, referral_date, age_band, unmet_conditions, catalog_version,"
                + " recorded_at) VALUES ('minimaria-a-cra', '2025-09-19', '22-29', 'MAX_AGE', '2025-07-01',"
                + " '2025-09-19 10:00:00')");

        // A unit's own table that refers to an advisory contact (as Barnahus's krissamtal_detail does).
        db.execute("CREATE TABLE unit_own_contact_detail (advisory_contact_id BIGINT PRIMARY KEY,"
                + " CONSTRAINT unit_own_contact FOREIGN KEY (advisory_contact_id) REFERENCES advisory_contact (id))");
        db.execute("INSERT INTO unit_own_contact_detail SELECT id FROM advisory_contact");

        // The unit manager holds one case (a complaint); the fixed list only.
        Api.Answer hold = manager().call("PUT", "/cases/" + heldCase + "/legal-hold", "{\"reason\":\"COMPLAINT\"}");
        assertThat(hold.status()).isEqualTo(200);
        assertThat(hold.json()).containsEntry("reason", "COMPLAINT")
                .containsEntry("reasonLabel", "Klagomål eller överklagande");
        assertThat(manager().call("PUT", "/cases/" + heldCase + "/legal-hold", "{\"reason\":\"A FREE TEXT\"}")
                .status()).isBetween(400, 422);
        assertThat(manager().call("PUT", "/cases/K7M2-Q9RT/legal-hold", "{\"reason\":\"COMPLAINT\"}").status())
                .isEqualTo(404);
        assertThat(api.call("PUT", "/cases/" + heldCase + "/legal-hold", "{\"reason\":\"COMPLAINT\"}").status())
                .as("staff may not hold").isEqualTo(403);

        // A later case: its last entry is in 2026, so it is due a calendar year later.
        clock.setTo("2026-01-12T10:00:00");
        String laterCase = GallringFixture.deidentifiedCase(api, "2026-01-12");

        // The outbox never held a case code or an identity: nothing to delete there (payloads are de-identified).
        for (Map<String, Object> row : db.rows("SELECT message_key, payload FROM outbox")) {
            assertThat(row.values().toString()).doesNotContain(goneCase, goneDeidentified, GALLRAD_FAMILY_NAME,
                    gone.replace("-", ""), gone);
        }

        // The last day of 2030: five years have run for the 2025 records, but the calendar year has not turned.
        clock.setTo("2030-12-30T12:00:00");
        assertThat(rulePreview("individual-case")).containsEntry("count", 0);
        clock.setTo("2030-12-31T03:00:00");
        assertThat(gallring.run()).isEqualTo(RunningGallring.Result.RAN);
        assertThat(db.rows("SELECT 1 FROM case_file WHERE case_code = ?", goneCase)).hasSize(1);
        assertThat(receipt("2030-12-31", "individual-case")).containsEntry("deleted", 0);
        assertThat(gallring.run()).as("one run a day").isEqualTo(RunningGallring.Result.ALREADY_DONE_TODAY);

        // Before the first night of 2031, the manager sees what will go.
        clock.setTo("2030-12-31T12:00:00");
        assertThat(rulePreview("individual-case")).containsEntry("count", 1).containsEntry("held", 1)
                .containsEntry("keptForResearch", 1).containsEntry("oldestDate", "2025-09-20");
        assertThat(rulePreview("deidentified-case")).containsEntry("count", 1);
        assertThat(rulePreview("advisory-contact")).containsEntry("count", 2);

        clock.setTo("2031-01-01T02:30:00");
        try (CapturedLogs logs = new CapturedLogs()) {
            assertThat(gallring.run()).isEqualTo(RunningGallring.Result.RAN);
            List<String> lines = logs.lines();
            assertThat(lines).anyMatch(line -> line.contains("access log checkpoint"));
            assertThat(lines).noneMatch(line -> line.contains(goneCase) || line.contains(goneDeidentified)
                    || line.contains(aktualiseringId) || line.contains(remissId) || line.contains(GALLRAD_FAMILY_NAME)
                    || line.contains(gone) || line.contains(gone.replace("-", "")));
        }

        assertThat(receipt("2031-01-01", "individual-case")).containsEntry("deleted", 1).containsEntry("held", 1)
                .containsEntry("keptForResearch", 1).containsEntry("rulesVersion", "2025-07-01")
                .containsKey("runFinishedAt");
        assertThat(receipt("2031-01-01", "deidentified-case")).containsEntry("deleted", 1);
        assertThat(receipt("2031-01-01", "advisory-contact")).containsEntry("deleted", 2);
        assertThat(receipt("2031-01-01", "aktualisering-undelivered")).containsEntry("deleted", 1);
        assertThat(receipt("2031-01-01", "aktualisering-delivered")).containsEntry("deleted", 1);
        assertThat(receipt("2031-01-01", "remiss-declined")).containsEntry("deleted", 1);
        assertThat(receipt("2031-01-01", "visitor-register")).containsEntry("deleted", 1);
        assertThat(receipt("2031-01-01", "referral")).containsEntry("deleted", 1);
        assertThat(((Number) receipt("2031-01-01", "access-log").get("deleted")).intValue()).isPositive();
        assertThat(manager().get("/gallring").body()).doesNotContain(goneCase, heldCase, sampledCase);

        assertThat(db.rows("SELECT case_code FROM case_file").stream().map(row -> row.get("case_code")).toList())
                .containsExactlyInAnyOrder(sampledCase, heldCase, laterCase);
        assertThat(db.count("advisory_contact")).isZero();
        for (String table : List.of("aktualisering", "remiss", "remiss_guardian", "visitor", "referral",
                "unit_own_contact_detail")) {
            assertThat(db.count(table)).as(table).isZero();
        }

        // The canary scan: no table of the unit holds what left.
        List<String> everything = db.everyValue();
        for (String trace : List.of(goneCase, goneDeidentified, aktualiseringId, delivered.text("id"), remissId,
                GALLRAD_FAMILY_NAME, gone, gone.replace("-", ""), remissPerson, remissPerson.replace("-", ""))) {
            assertThat(everything).as("a table still holds a trace of a gallrad record")
                    .noneMatch(value -> value.contains(trace));
        }

        // The access log: intact from the checkpoint, the gallrad segment named by its rule, not as tampering.
        Map<String, Object> verification = manager().get("/audit/verification").json();
        assertThat(verification).containsEntry("intact", true);
        assertThat((String) verification.get("finding")).contains("gallrad enligt regel access-log (2025-07-01)");
        assertThat(verification.get("gallrad")).asList().hasSize(1);

        // A row changed by hand behind the application is still found.
        clock.setTo("2031-01-02T10:00:00");
        api.get("/cases/" + sampledCase);
        api.get("/cases/" + sampledCase);
        long firstKept = ((Number) db.rows("SELECT MIN(seq) AS s FROM audit_log").get(0).get("s")).longValue();
        db.execute("DROP TRIGGER audit_log_no_update");
        db.execute("UPDATE audit_log SET staff_id = 'test-someone-else' WHERE seq = ?", firstKept + 1);
        Map<String, Object> broken = manager().get("/audit/verification").json();
        assertThat(broken).containsEntry("intact", false);
        assertThat(((Number) broken.get("firstBrokenSeq")).longValue()).isEqualTo(firstKept + 1);

        // Lifting the hold: the case leaves by its rule on the next run.
        assertThat(manager().call("DELETE", "/cases/" + heldCase + "/legal-hold", null).status()).isEqualTo(204);
        Api.Answer noHold = manager().call("DELETE", "/cases/" + heldCase + "/legal-hold", null);
        assertThat(noHold.status()).isEqualTo(404);
        assertThat(noHold.text("type")).endsWith("legal-hold-not-found");
        assertThat(gallring.run()).isEqualTo(RunningGallring.Result.RAN);
        assertThat(db.rows("SELECT 1 FROM case_file WHERE case_code = ?", heldCase)).isEmpty();
        assertThat(db.rows("SELECT 1 FROM case_file WHERE case_code = ?", sampledCase)).hasSize(1);
    }
}
