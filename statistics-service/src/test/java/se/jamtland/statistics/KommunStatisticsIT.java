package se.jamtland.statistics;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import se.jamtland.events.ActivityEvent;
import se.jamtland.events.ActivityKind;
import se.jamtland.statistics.consumer.CountingEvents;
import se.jamtland.testsupport.Api;
import se.jamtland.testsupport.TestIdp;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A kommun's own statistics (issue 12, 2): a case system's token reads the county's tables, through the same
 * disclosure control, for the kommun its token names only; a kommun parameter naming another is a 403.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KommunStatisticsIT implements TestPropertyProvider {

    private static final String QUERY = "/statistics?from=2025-08&to=2025-08&unit=minimaria&groupBy=kommun,insats";

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    JsonMapper json;

    @Inject
    CountingEvents counting;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = StatisticsTestProperties.forDatabase("statistics_kommun_test");
        StatisticsTestProperties.withoutRateLimit(properties);
        return properties;
    }

    @BeforeAll
    void countEventsOfTwoKommuner() {
        List<ActivityEvent> events = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            events.add(contact("2380"));
        }
        for (int i = 0; i < 7; i++) {
            events.add(contact("2309"));
        }
        counting.count(events);
    }

    private static ActivityEvent contact(String kommun) {
        return ActivityEvent.of(ActivityKind.ADVISORY_CONTACT, "minimaria", "minimaria-radgivande-samtal", "ADVISORY",
                LocalDate.of(2025, 8, 12), "22-29", "female", kommun, "PHONE", null, null, "2025-07-01",
                Instant.now());
    }

    private Api.Answer get(String token, String path) {
        return new Api(http, json, token).get(path);
    }

    @Test
    void a_case_system_sees_only_its_own_kommuns_rows() {
        Api.Answer answer = get(TestIdp.caseSystem("2380"), QUERY);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.list("rows")).isNotEmpty().allSatisfy(row -> assertThat(row.get("kommun")).isEqualTo("2380"));
    }

    @Test
    void its_own_kommun_named_is_the_same_table_as_the_county_statisticians_for_that_kommun() {
        Api.Answer own = get(TestIdp.caseSystem("2380"), QUERY + "&kommun=2380");
        Api.Answer county = get(TestIdp.statistician(), QUERY + "&kommun=2380");

        assertThat(own.status()).isEqualTo(200);
        assertThat(own.json().get("rows")).isEqualTo(county.json().get("rows"));
        assertThat(own.json().get("total")).isEqualTo(county.json().get("total"));
    }

    @Test
    void another_kommun_named_is_refused_with_403_and_its_numbers_never_shown() {
        for (String path : List.of(QUERY + "&kommun=2309", QUERY.replace("/statistics?", "/statistics.csv?")
                + "&kommun=2309")) {
            Api.Answer answer = get(TestIdp.caseSystem("2380"), path);

            assertThat(answer.status()).as(path).isEqualTo(403);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.body()).doesNotContain("2309");
        }
    }

    @Test
    void the_county_statistician_still_sees_every_kommun() {
        Api.Answer answer = get(TestIdp.statistician(), QUERY);

        assertThat(answer.list("rows")).extracting(row -> row.get("kommun")).contains("2380", "2309");
    }

    @Test
    void the_csv_of_a_case_system_holds_its_own_kommun_only() {
        Api.Answer answer = get(TestIdp.caseSystem("2309"), QUERY.replace("/statistics?", "/statistics.csv?"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains("2309").doesNotContain("2380");
    }
}
