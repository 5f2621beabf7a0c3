package se.jamtland.unit.minimaria;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import se.jamtland.testinfra.Canaries;
import se.jamtland.testsupport.Api;
import se.jamtland.testsupport.TestIdp;
import se.jamtland.unit.testing.CapturedLogs;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static se.jamtland.unit.minimaria.MiniMariaRequests.aRemissTo;
import static se.jamtland.unit.minimaria.MiniMariaRequests.anACraRemiss;
import static se.jamtland.unit.minimaria.MiniMariaRequests.anAstrid;

/**
 * Issue 12: a kommun's case system sends a remiss to A-CRA (14 kap. 3 § SoL), staff find it in the inbox and accept
 * it, and it becomes a case through normal intake; each staff access is in the access log.
 */
@MicronautTest(environments = "unit", transactional = false)
class RemissInboxIT extends MiniMariaScenario {

    private static final String OSTERSUND = "2380";
    private static final String KROKOM = "2309";

    RemissInboxIT() {
        super("remiss_inbox");
    }

    private Api caseSystemOf(String kommun) {
        return api.as(TestIdp.caseSystem(kommun));
    }

    private Api.Answer send(String kommun, String key, Object remiss) {
        return caseSystemOf(kommun).withHeader("Idempotency-Key", key).post("/case-system/remisser",
                remiss.toString());
    }

    private static String aKey() {
        return "remiss-" + UUID.randomUUID();
    }

    private long auditRows(String id, String action) {
        return ((Number) db.rows("SELECT COUNT(*) AS n FROM audit_log WHERE case_code = ? AND action = ?", id, action)
                .get(0).get("n")).longValue();
    }

    @Test
    void a_remiss_to_a_cra_accepted_in_the_inbox_becomes_a_case_and_each_step_is_access_logged() {
        String sixteen = Canaries.personnummer(16, "FEMALE", 0);
        HttpResponse<String> sent = http.toBlocking().exchange(HttpRequest.POST("/case-system/remisser",
                        anACraRemiss(anAstrid(sixteen).phone(Canaries.PHONE)).message("Behöver stöd kring alkohol.")
                                .toString())
                .contentType(MediaType.APPLICATION_JSON).bearerAuth(TestIdp.caseSystem(OSTERSUND))
                .header("Idempotency-Key", aKey()), String.class);

        assertThat(sent.code()).isEqualTo(201);
        Map<String, Object> receipt = json(sent.body());
        String id = (String) receipt.get("id");
        assertThat(id).matches("minimaria-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(receipt).containsEntry("insats", "minimaria-a-cra").containsEntry("status", "RECEIVED")
                .containsKey("receivedOn").doesNotContainKeys("person", "decidedOn");
        assertThat(sent.header("Location")).isEqualTo("/case-system/remisser/" + id);
        assertThat(sent.header("Idempotency-Replayed")).isNull();
        assertThat(auditRows(id, "CREATE")).isEqualTo(1);

        Api.Answer inbox = api.get("/remisser");
        assertThat(inbox.list("items")).extracting(item -> item.get("id")).contains(id);
        assertThat(inbox.body()).doesNotContain(Canaries.FAMILY_NAME);
        assertThat(auditRows(id, "LIST")).isEqualTo(1);

        Api.Answer whole = api.get("/remisser/" + id);
        assertThat(whole.map("person")).containsEntry("identityNumber", sixteen.replace("-", ""))
                .containsEntry("familyName", Canaries.FAMILY_NAME);
        assertThat(whole.json()).containsEntry("kommun", OSTERSUND).containsEntry("kommunName", "Östersund")
                .containsEntry("message", "Behöver stöd kring alkohol.");
        assertThat(auditRows(id, "READ")).isEqualTo(1);

        HttpResponse<String> accepted = http.toBlocking().exchange(HttpRequest.POST("/remisser/" + id
                        + "/acceptance", "{\"startDate\":\"2025-09-15\"}").contentType(MediaType.APPLICATION_JSON)
                .bearerAuth(TestIdp.staff("minimaria")), String.class);

        assertThat(accepted.code()).isEqualTo(201);
        Map<String, Object> opened = json(accepted.body());
        String caseCode = (String) opened.get("caseCode");
        assertThat(accepted.header("Location")).isEqualTo("/cases/" + caseCode);
        assertThat(opened).containsEntry("regime", "INDIVIDUAL").containsEntry("kommun", OSTERSUND);
        assertThat(db.rows("SELECT status, case_code FROM remiss WHERE id = ?", id)).singleElement()
                .satisfies(row -> assertThat(row).containsEntry("status", "ACCEPTED")
                        .containsEntry("case_code", caseCode));
        assertThat(auditRows(id, "ACCEPT")).isEqualTo(1);
        assertThat(auditRows(caseCode, "CREATE")).isEqualTo(1);
        assertThat(db.rows("SELECT identity_number FROM case_person WHERE case_code = ?", caseCode)).singleElement()
                .satisfies(row -> assertThat(row).containsEntry("identity_number", sixteen.replace("-", "")));

        long auditBeforeStatus = db.count("audit_log");
        Api.Answer status = caseSystemOf(OSTERSUND).get("/case-system/remisser/" + id);
        assertThat(status.json()).containsEntry("status", "ACCEPTED").containsKey("decidedOn")
                .doesNotContainKeys("person", "caseCode");
        assertThat(status.body()).doesNotContain(Canaries.FAMILY_NAME).doesNotContain(caseCode);
        assertThat(db.count("audit_log")).as("the case system's status read shows no identity and is not logged")
                .isEqualTo(auditBeforeStatus);
        assertThat(api.post("/remisser/" + id + "/decline", "{\"reason\":\"NOT_REACHED\"}").status())
                .isEqualTo(409);
    }

    @Test
    void a_remiss_with_identity_to_an_advisory_insats_is_refused_and_nothing_is_stored() {
        long remisser = db.count("remiss");
        long audit = db.count("audit_log");

        Api.Answer refused = send(OSTERSUND, aKey(),
                aRemissTo("minimaria-radgivande-samtal", anAstrid(Canaries.PERSONNUMMER)));
        Api.Answer deidentified = send(OSTERSUND, aKey(),
                aRemissTo("minimaria-aterfallsprevention", anAstrid(Canaries.PERSONNUMMER)));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text("type")).endsWith("remiss-needs-individual-insats");
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(deidentified.text("type")).endsWith("remiss-needs-individual-insats");
        assertThat(refused.body()).doesNotContain(Canaries.FAMILY_NAME).doesNotContain("121212");
        assertThat(db.count("remiss")).isEqualTo(remisser);
        assertThat(db.count("audit_log")).isEqualTo(audit);
    }

    @Test
    void the_same_key_and_body_again_gets_the_first_answer_and_stores_nothing_twice_and_another_body_is_a_409() {
        String key = aKey();
        MiniMariaRequests.Remiss remiss = anACraRemiss(anAstrid(Canaries.personnummer(17, "MALE", 1)));
        Api.Answer first = send(OSTERSUND, key, remiss);
        long remisser = db.count("remiss");
        long audit = db.count("audit_log");

        HttpResponse<String> again = http.toBlocking().exchange(HttpRequest.POST("/case-system/remisser",
                        // The same body with its fields in another order and other spacing: the same remiss.
                        json(json(remiss.toString()))).contentType(MediaType.APPLICATION_JSON)
                .bearerAuth(TestIdp.caseSystem(OSTERSUND)).header("Idempotency-Key", key), String.class);

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.code()).isEqualTo(201);
        assertThat(again.header("Idempotency-Replayed")).isEqualTo("true");
        assertThat(json(again.body())).isEqualTo(first.json());
        assertThat(db.count("remiss")).isEqualTo(remisser);
        assertThat(db.count("audit_log")).isEqualTo(audit);

        Api.Answer other = send(OSTERSUND, key, anACraRemiss(anAstrid(Canaries.personnummer(18, "MALE", 1))));
        assertThat(other.status()).isEqualTo(409);
        assertThat(other.text("type")).endsWith("idempotency-key-reused");
        assertThat(db.count("remiss")).isEqualTo(remisser);

        Api.Answer sameKeyOtherKommun = send(KROKOM, key, remiss);
        assertThat(sameKeyOtherKommun.status()).as("a key is the kommun's own").isEqualTo(201);
        assertThat(sameKeyOtherKommun.text("id")).isNotEqualTo(first.text("id"));
    }

    @Test
    void the_same_remiss_sent_eight_times_at_once_is_stored_once_and_every_answer_is_the_first() throws Exception {
        String key = aKey();
        MiniMariaRequests.Remiss remiss = anACraRemiss(anAstrid(Canaries.personnummer(18, "FEMALE", 9)));
        java.util.concurrent.ExecutorService senders = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<Api.Answer>> answers = senders.invokeAll(java.util.Collections.nCopies(8,
                    () -> send(OSTERSUND, key, remiss)));
            List<Api.Answer> all = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<Api.Answer> answer : answers) {
                all.add(answer.get());
            }

            assertThat(all).extracting(Api.Answer::status).containsOnly(201);
            assertThat(all).extracting(answer -> answer.text("id")).containsOnly(all.get(0).text("id"));
            assertThat(db.rows("SELECT id FROM remiss WHERE kommun = ? AND idempotency_key = ?", OSTERSUND, key))
                    .hasSize(1);
            assertThat(auditRows(all.get(0).text("id"), "CREATE")).isEqualTo(1);
        } finally {
            senders.shutdownNow();
        }
    }

    @Test
    void a_retry_after_the_remiss_was_declined_still_gets_the_first_answer() {
        String key = aKey();
        MiniMariaRequests.Remiss remiss = anACraRemiss(anAstrid(Canaries.personnummer(19, "FEMALE", 2)));
        Api.Answer first = send(OSTERSUND, key, remiss);
        api.post("/remisser/" + first.text("id") + "/decline", "{\"reason\":\"PERSON_DECLINED\"}");

        Api.Answer again = send(OSTERSUND, key, remiss);

        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json()).isEqualTo(first.json()).containsEntry("status", "RECEIVED");
    }

    @Test
    void kommun_2380_cannot_read_the_status_of_a_remiss_from_2309_which_reads_as_no_remiss_at_all() {
        String krokoms = send(KROKOM, aKey(), anACraRemiss(anAstrid(Canaries.personnummer(20, "FEMALE", 3))))
                .text("id");

        Api.Answer other = caseSystemOf(OSTERSUND).get("/case-system/remisser/" + krokoms);
        Api.Answer none = caseSystemOf(OSTERSUND).get("/case-system/remisser/minimaria-" + UUID.randomUUID());

        assertThat(caseSystemOf(KROKOM).get("/case-system/remisser/" + krokoms).status()).isEqualTo(200);
        assertThat(other.status()).isEqualTo(404);
        assertThat(withoutInstance(other)).isEqualTo(withoutInstance(none));
    }

    @Test
    void a_remiss_needs_the_persons_consent_a_valid_personnummer_and_an_idempotency_key() {
        long remisser = db.count("remiss");

        Api.Answer noConsent = send(OSTERSUND, aKey(), anACraRemiss(anAstrid(Canaries.PERSONNUMMER))
                .with("consentToReferral", false));
        Api.Answer invalid = send(OSTERSUND, aKey(), anACraRemiss(anAstrid(PERSONNUMMER)));
        Api.Answer noKey = caseSystemOf(OSTERSUND).post("/case-system/remisser",
                anACraRemiss(anAstrid(Canaries.PERSONNUMMER)).toString());
        Api.Answer badKey = send(OSTERSUND, "en nyckel med mellanslag", anACraRemiss(anAstrid(Canaries.PERSONNUMMER)));

        assertThat(noConsent.status()).isEqualTo(422);
        assertThat(noConsent.text("type")).endsWith("remiss-needs-consent");
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.list("errors")).extracting(error -> error.get("pointer"))
                .containsExactly("#/person/identityNumber");
        assertThat(invalid.body()).doesNotContain(PERSONNUMMER).doesNotContain("850101");
        assertThat(noKey.status()).isEqualTo(400);
        assertThat(noKey.text("type")).endsWith("idempotency-key-required");
        assertThat(badKey.status()).isEqualTo(400);
        assertThat(db.count("remiss")).isEqualTo(remisser);
    }

    @Test
    void guardian_consent_missing_on_acceptance_leaves_the_remiss_received_and_a_decided_remiss_is_not_decided_again() {
        String fourteen = Canaries.personnummer(14, "FEMALE", 4);
        String id = send(OSTERSUND, aKey(), anACraRemiss(anAstrid(fourteen)).guardians(Canaries.GUARDIAN_NAME))
                .text("id");
        long cases = db.count("case_file");

        Api.Answer refused = api.post("/remisser/" + id + "/acceptance", "{\"startDate\":\"2025-09-15\"}");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text("type")).endsWith("guardian-consent-required");
        assertThat(db.count("case_file")).isEqualTo(cases);
        assertThat(api.get("/remisser/" + id).text("status")).isEqualTo("RECEIVED");
        assertThat(auditRows(id, "ACCEPT")).isZero();

        Api.Answer accepted = api.post("/remisser/" + id + "/acceptance",
                "{\"startDate\":\"2025-09-15\",\"guardianConsentGiven\":true}");
        assertThat(accepted.status()).isEqualTo(201);
        assertThat(accepted.list("guardians")).extracting(guardian -> guardian.get("name"))
                .containsExactly(Canaries.GUARDIAN_NAME);
        assertThat(api.post("/remisser/" + id + "/acceptance", "{}").status()).isEqualTo(409);
        assertThat(db.count("case_file")).isEqualTo(cases + 1);
    }

    @Test
    void a_declined_remiss_shows_its_reason_to_staff_in_swedish_and_to_the_kommun_as_a_code() {
        String id = send(OSTERSUND, aKey(), anACraRemiss(anAstrid(Canaries.personnummer(21, "MALE", 5)))).text("id");

        Api.Answer declined = api.post("/remisser/" + id + "/decline", "{\"reason\":\"OTHER_INSATS_BETTER\"}");
        Api.Answer unknownReason = api.post("/remisser/" + id + "/decline", "{\"reason\":\"ANNAT\"}");

        assertThat(declined.status()).isEqualTo(200);
        assertThat(declined.json()).containsEntry("status", "DECLINED")
                .containsEntry("declineReason", "OTHER_INSATS_BETTER")
                .containsEntry("declineReasonLabel", "En annan insats passar personen bättre");
        assertThat(auditRows(id, "DECLINE")).isEqualTo(1);
        assertThat(unknownReason.status()).isEqualTo(400);
        assertThat(api.post("/remisser/" + id + "/decline", "{\"reason\":\"NOT_REACHED\"}").status()).isEqualTo(409);
        assertThat(api.post("/remisser/" + id + "/acceptance", "{}").status()).isEqualTo(409);
        assertThat(caseSystemOf(OSTERSUND).get("/case-system/remisser/" + id).json())
                .containsEntry("status", "DECLINED").containsEntry("declineReason", "OTHER_INSATS_BETTER")
                .doesNotContainKey("declineReasonLabel");
        assertThat(api.get("/remisser?status=DECLINED").list("items")).extracting(item -> item.get("id"))
                .contains(id);
        assertThat(api.get("/remisser").list("items")).extracting(item -> item.get("id")).doesNotContain(id);
    }

    @Test
    void a_staff_token_gets_403_on_the_case_system_routes_and_a_case_system_token_403_on_the_staff_routes() {
        String id = send(OSTERSUND, aKey(), anACraRemiss(anAstrid(Canaries.personnummer(22, "FEMALE", 6)))).text("id");
        Api staff = api;
        Api caseSystem = caseSystemOf(OSTERSUND);

        assertThat(staff.withHeader("Idempotency-Key", aKey()).post("/case-system/remisser",
                anACraRemiss(anAstrid(Canaries.personnummer(22, "FEMALE", 7))).toString()).status()).isEqualTo(403);
        assertThat(staff.get("/case-system/remisser/" + id).status()).isEqualTo(403);
        assertThat(staff.get("/case-system/aktualiseringar").status()).isEqualTo(403);
        assertThat(api.as(TestIdp.manager("minimaria")).get("/case-system/aktualiseringar").status()).isEqualTo(403);
        assertThat(caseSystem.get("/remisser").status()).isEqualTo(403);
        assertThat(caseSystem.get("/remisser/" + id).status()).isEqualTo(403);
        assertThat(caseSystem.post("/remisser/" + id + "/acceptance", "{}").status()).isEqualTo(403);
        assertThat(caseSystem.get("/cases").status()).isEqualTo(403);
        assertThat(caseSystem.get("/aktualiseringar").status()).isEqualTo(403);
        assertThat(db.rows("SELECT status FROM remiss WHERE id = ?", id)).singleElement()
                .satisfies(row -> assertThat(row).containsEntry("status", "RECEIVED"));
    }

    @Test
    void the_identity_in_a_remiss_is_in_no_log_line_of_its_whole_way_to_a_case() {
        try (CapturedLogs logs = new CapturedLogs()) {
            String id = send(OSTERSUND, aKey(), anACraRemiss(anAstrid(Canaries.personnummer(16, "MALE", 8))
                    .phone(Canaries.PHONE)).guardians(Canaries.GUARDIAN_NAME).message("Mamma "
                    + Canaries.GUARDIAN_NAME + " nås på " + Canaries.PHONE + ".")).text("id");
            api.get("/remisser/" + id);
            api.post("/remisser/" + id + "/acceptance", "{\"startDate\":\"2025-09-15\"}");
            send(OSTERSUND, "en nyckel med mellanslag", anACraRemiss(anAstrid(Canaries.PERSONNUMMER)));
            send(OSTERSUND, aKey(), aRemissTo("minimaria-radgivande-samtal", anAstrid(Canaries.PERSONNUMMER)));

            assertThat(logs.lines()).isNotEmpty()
                    .allSatisfy(line -> assertThat(Canaries.findIn(line)).as(line).isEmpty());
        }
    }

    private Map<String, Object> json(String body) {
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> read = json.readValue(body, Map.class);
            return read;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String json(Map<String, Object> value) {
        Map<String, Object> reordered = new java.util.TreeMap<>(java.util.Comparator.reverseOrder());
        reordered.putAll(value);
        try {
            return "  " + json.writeValueAsString(reordered) + "\n";
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Map<String, Object> withoutInstance(Api.Answer answer) {
        Map<String, Object> body = new HashMap<>(answer.json());
        body.remove("instance");
        body.put("status", answer.status());
        return body;
    }

}
