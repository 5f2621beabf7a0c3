package se.jamtland.eligibility;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The public decisions are rate-limited per client: a flood gets 429 problems, health stays up. */
@MicronautTest
// A refill this slow makes the count exact however fast the machine sends: 3 from the burst, then none.
@Property(name = "rate-limits.decisions.per-second", value = "0.001")
@Property(name = "rate-limits.decisions.burst", value = "3")
class PublicDecisionsFloodIT {

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void a_flood_of_eligibility_checks_is_answered_with_429_while_health_stays_up() {
        List<Integer> statuses = new ArrayList<>();
        String lastBody = "";
        for (int i = 0; i < 20; i++) {
            try {
                http.toBlocking().exchange(HttpRequest.POST("/eligibility-checks",
                        "{\"insats\":\"minimaria-a-cra\",\"age\":30}").contentType(MediaType.APPLICATION_JSON));
                statuses.add(200);
            } catch (HttpClientResponseException e) {
                statuses.add(e.getStatus().getCode());
                lastBody = e.getResponse().getBody(String.class).orElse("");
            }
        }

        assertThat(statuses).filteredOn(status -> status == 200).hasSize(3);
        assertThat(statuses).filteredOn(status -> status == 429).hasSize(17);
        assertThat(lastBody).contains("För många förfrågningar");
        assertThat(http.toBlocking().retrieve("/health")).contains("UP");
    }
}
