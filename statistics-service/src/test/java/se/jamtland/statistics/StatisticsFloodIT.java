package se.jamtland.statistics;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import se.jamtland.testsupport.Api;
import se.jamtland.testsupport.TestIdp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A flood of statistics questions gets 429 problems, and the service still answers its health check. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatisticsFloodIT implements TestPropertyProvider {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    JsonMapper json;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = StatisticsTestProperties.forDatabase("statistics_flood_test");
        // A refill this slow makes the count exact however fast the machine sends: 5 from the burst, then none.
        properties.put("rate-limits.statistics.per-second", "0.001");
        properties.put("rate-limits.statistics.burst", "5");
        return properties;
    }

    @Test
    void a_flood_of_statistics_questions_is_answered_with_429_while_health_stays_up() {
        Api statistician = new Api(http, json, TestIdp.statistician());
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            statuses.add(statistician.get("/statistics?groupBy=unit").status());
        }
        Api.Answer limited = statistician.get("/statistics.csv");

        assertThat(statuses).filteredOn(status -> status == 200).hasSize(5);
        assertThat(statuses).filteredOn(status -> status == 429).hasSize(25);
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.contentType()).isEqualTo("application/problem+json");
        assertThat(limited.text("title")).isEqualTo("För många förfrågningar");
        assertThat(statistician.as(null).get("/health").text("status")).isEqualTo("UP");
    }

    @Test
    void each_kommuns_case_system_has_a_budget_of_its_own_though_all_come_from_the_gateways_address() {
        Api flooding = new Api(http, json, TestIdp.caseSystem("2303"));
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            statuses.add(flooding.get("/statistics?groupBy=unit").status());
        }
        Api.Answer another = flooding.as(TestIdp.caseSystem("2321")).get("/statistics?groupBy=unit");

        assertThat(statuses).filteredOn(status -> status == 200).hasSize(5);
        assertThat(statuses).filteredOn(status -> status == 429).hasSize(3);
        assertThat(another.status()).isEqualTo(200);
    }
}
