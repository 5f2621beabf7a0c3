package se.jamtland.unit.minimaria;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import se.jamtland.testinfra.Canaries;
import se.jamtland.testsupport.Api;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static se.jamtland.unit.minimaria.MiniMariaRequests.anAdvisoryContact;

/** A unit whose key for visitor codes is not set: contacts go on, a code is never stored unhashed (issue 11). */
@MicronautTest(environments = "unit", transactional = false)
class VisitorCodeWithoutKeyIT extends MiniMariaScenario {

    VisitorCodeWithoutKeyIT() {
        super("visitors_without_key");
    }

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("visitor-code.key", "");
    }

    @Test
    void a_contact_with_a_code_is_a_503_that_says_to_register_it_without_one_and_nothing_is_written() {
        long contacts = db.count("advisory_contact");
        long events = db.count("outbox");

        Api.Answer answer = api.post("/advisory-contacts", anAdvisoryContact().date("2025-10-01").channel("CHAT")
                .askedBy("SELF").visitorCode(Canaries.VISITOR_CODE).toString());

        assertThat(answer.status()).isEqualTo(503);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(answer.text("title")).isEqualTo("Besökskoder kan inte tas emot");
        assertThat(answer.text("detail")).contains("utan besökskod");
        assertThat(answer.body()).doesNotContain("kanariekod");
        assertThat(db.count("advisory_contact")).isEqualTo(contacts);
        assertThat(db.count("visitor")).isZero();
        assertThat(db.count("outbox")).isEqualTo(events);
    }

    @Test
    void a_contact_without_a_code_is_registered_as_before() {
        Api.Answer answer = api.post("/advisory-contacts", anAdvisoryContact().date("2025-10-01").channel("CHAT")
                .askedBy("SELF").toString());

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.json()).doesNotContainKey("firstVisit");
    }
}
