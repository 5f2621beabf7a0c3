package se.jamtland.unit;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import se.jamtland.devstack.RepoRoot;
import se.jamtland.testsupport.Api;
import se.jamtland.devstack.ChildService;
import se.jamtland.testsupport.ChildServices;
import se.jamtland.unit.testing.UnitServiceTestBase;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A later Bilaga changes a unit's behaviour from its date, with no code change: the channels and the session
 * maximum a case follows are the catalog's in force on its start date, copied into the case. The eligibility-
 * service here also has the invented 2026-01-01 test catalog (eligibility-service's test data, not law), in which
 * 2.4 Samtal om våld takes up to 15 samtal instead of 20 and 2.5 IVIN may also be given by PHONE.
 */
@MicronautTest(environments = "unit", transactional = false)
class LaterCatalogIT extends UnitServiceTestBase {

    private static final String UNDER_2025 = "2025-09-01";
    private static final String UNDER_2026 = "2026-02-02";

    private ChildService eligibility;

    LaterCatalogIT() {
        super("cmv", "unit_core_later_catalog");
    }

    @Override
    protected String eligibilityUrl() {
        if (eligibility == null) {
            String testCatalog = RepoRoot.locate()
                    .resolve("eligibility-service/src/test/resources/catalog/test-bilaga-2026-01-01.yaml")
                    .toAbsolutePath().toString();
            eligibility = ChildServices.start("eligibility-service", Map.of("ELIGIBILITY_CATALOG_FILES",
                    "classpath:catalog/bilaga-1-2025-07-01.yaml,file:" + testCatalog));
        }
        return eligibility.baseUrl();
    }

    @AfterAll
    void stopEligibility() {
        if (eligibility != null) {
            eligibility.close();
        }
    }

    @Test
    void a_samtal_om_vald_case_started_under_the_2026_catalog_refuses_its_16th_session() {
        String caseCode = open("cmv-samtal-om-vald", UNDER_2026);

        for (int i = 1; i <= 15; i++) {
            assertThat(session(caseCode, "{\"date\":\"2026-03-01\"}").status()).as("session %d", i).isEqualTo(201);
        }
        Api.Answer sixteenth = session(caseCode, "{\"date\":\"2026-03-02\"}");

        assertThat(sixteenth.status()).isEqualTo(422);
        assertThat(sixteenth.text("type")).endsWith("session-limit-reached");
        assertThat(sixteenth.text("detail")).contains("upp till 15 samtal");
        assertThat(api.get("/cases/" + caseCode).text("catalogVersion")).isEqualTo("2026-01-01");
    }

    @Test
    void a_samtal_om_vald_case_started_under_the_2025_catalog_keeps_its_20_sessions_after_2026() {
        String caseCode = open("cmv-samtal-om-vald", UNDER_2025);

        for (int i = 1; i <= 16; i++) {
            assertThat(session(caseCode, "{\"date\":\"2026-03-01\"}").status()).as("session %d", i).isEqualTo(201);
        }
        assertThat(api.get("/cases/" + caseCode).text("catalogVersion")).isEqualTo("2025-07-01");
    }

    @Test
    void an_ivin_case_started_under_the_2026_catalog_takes_a_phone_session() {
        String caseCode = open("cmv-samtal-om-vald-ivin", UNDER_2026);

        assertThat(session(caseCode, "{\"date\":\"2026-03-01\",\"channel\":\"PHONE\"}").status()).isEqualTo(201);
    }

    @Test
    void an_ivin_case_started_under_the_2025_catalog_still_refuses_a_phone_session() {
        String caseCode = open("cmv-samtal-om-vald-ivin", UNDER_2025);

        Api.Answer phone = session(caseCode, "{\"date\":\"2026-03-01\",\"channel\":\"PHONE\"}");

        assertThat(phone.status()).isEqualTo(422);
        assertThat(phone.text("type")).endsWith("channel-not-offered");
        assertThat(phone.text("detail")).contains("DIGITAL, VISIT");
        assertThat(session(caseCode, "{\"date\":\"2026-03-01\",\"channel\":\"DIGITAL\"}").status()).isEqualTo(201);
    }

    private String open(String insats, String startDate) {
        Api.Answer opened = api.post("/cases", """
                {"insats":"%s","startDate":"%s","age":35}""".formatted(insats, startDate));
        assertThat(opened.status()).isEqualTo(201);
        return opened.text("caseCode");
    }

    private Api.Answer session(String caseCode, String body) {
        return api.post("/cases/" + caseCode + "/sessions", body);
    }
}
