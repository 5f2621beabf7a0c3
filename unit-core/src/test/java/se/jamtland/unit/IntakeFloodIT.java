package se.jamtland.unit;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import se.jamtland.testsupport.Api;
import se.jamtland.unit.testing.UnitServiceTestBase;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** OWASP API4: a flood on intake gets 429 problems while health stays up, and an oversized body gets 413. */
@MicronautTest(environments = "unit", transactional = false)
class IntakeFloodIT extends UnitServiceTestBase {

    private static final String OPAQUE_REQUEST_ID = "urn:uuid:[0-9a-f-]{36}";

    IntakeFloodIT() {
        super("minimaria", "unit_core_flood");
    }

    @Override
    protected Map<String, String> extraProperties() {
        // A refill this slow makes the count exact however fast the machine sends: 5 from the burst, then none.
        return Map.of("rate-limits.intake.per-second", "0.001", "rate-limits.intake.burst", "5");
    }

    @Test
    void a_flood_of_intake_requests_is_answered_with_429_while_health_stays_up() {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            statuses.add(api.post("/advisory-contacts",
                    "{\"insats\":\"minimaria-radgivande-samtal\",\"channel\":\"PHONE\",\"askedBy\":\"SELF\"}").status());
        }
        Api.Answer limited = api.post("/advisory-contacts",
                "{\"insats\":\"minimaria-radgivande-samtal\",\"channel\":\"PHONE\",\"askedBy\":\"SELF\"}");

        assertThat(statuses).filteredOn(status -> status == 201).hasSize(5);
        assertThat(statuses).filteredOn(status -> status == 429).hasSize(35);
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.contentType()).isEqualTo("application/problem+json");
        assertThat(limited.text("title")).isEqualTo("För många förfrågningar");
        // The request is named by an opaque id, never by its path (which can carry what the caller typed).
        assertThat(limited.text("instance")).matches(OPAQUE_REQUEST_ID);
        assertThat(api.get("/health").text("status")).isEqualTo("UP");
        assertThat(db.count("advisory_contact")).isEqualTo(statuses.stream().filter(status -> status == 201).count());
    }

    @Test
    void a_body_over_the_size_cap_is_refused_with_413_before_it_is_read() {
        String huge = "{\"text\":\"" + "a".repeat(100 * 1024) + "\"}";
        long notes = db.count("journal_note") + db.count("working_note");

        Api.Answer refused = api.post("/cases/K7QM-4TXC/journal", huge);

        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.contentType()).isEqualTo("application/problem+json");
        assertThat(refused.text("title")).isEqualTo("För stor begäran");
        assertThat(refused.text("instance")).matches(OPAQUE_REQUEST_ID);
        assertThat(db.count("journal_note") + db.count("working_note")).isEqualTo(notes);
    }
}
