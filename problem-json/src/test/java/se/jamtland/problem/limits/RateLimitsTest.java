package se.jamtland.problem.limits;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Limits as configured: bound from properties, checked at start, a budget of their own for suite services. */
class RateLimitsTest {

    /**
     * The clock the buckets are asked at: the real one, since the filter's scheduled clean-up in the same context
     * forgets buckets idle by {@code System.nanoTime()}, and under a fixed early time it forgot them mid-test.
     */
    private final long now = System.nanoTime();

    private static Map<String, Object> decisions(String perSecond, String burst) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("rate-limits.decisions.methods", "POST");
        properties.put("rate-limits.decisions.paths", "/eligibility-checks");
        properties.put("rate-limits.decisions.per-second", perSecond);
        properties.put("rate-limits.decisions.burst", burst);
        return properties;
    }

    private long allowed(RateLimits limits, int asked, String address, Optional<String> service) {
        return IntStream.range(0, asked)
                .filter(i -> limits.tryTake("POST", "/eligibility-checks", address, service, now)).count();
    }

    @ParameterizedTest(name = "per-second {0}, burst {1}")
    @CsvSource({"5000, 5000", "1000000, 60", "1000000, 1000000", "1000000000, 1000000000", "1e400, 60",
            "1000000, 3000000000", "1000000, 9223372036854775807"})
    void a_limit_set_very_high_from_properties_lets_more_through_never_none(String perSecond, String burst) {
        try (ApplicationContext context = ApplicationContext.run(decisions(perSecond, burst))) {
            RateLimits limits = context.getBean(RateLimits.class);

            assertThat(allowed(limits, 60, "10.0.0.1", Optional.empty())).isEqualTo(60);
        }
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"per-second, 0", "per-second, -5", "burst, 0", "burst, -1", "suite-per-second, -1",
            "suite-burst, 0"})
    void a_limit_of_zero_or_below_stops_the_start_with_a_message_naming_the_property(String property, String value) {
        Map<String, Object> properties = decisions("50", "100");
        properties.putIfAbsent("rate-limits.decisions.suite-per-second", "100");
        properties.putIfAbsent("rate-limits.decisions.suite-burst", "100");
        properties.put("rate-limits.decisions." + property, value);

        assertThatThrownBy(() -> ApplicationContext.run(properties).close())
                .rootCause()
                .hasMessageContaining("rate-limits.decisions." + property + " is ")
                .hasMessageContaining("set it high");
    }

    @Test
    void a_verified_suite_service_has_its_own_budget_and_does_not_spend_the_public_one() {
        Map<String, Object> properties = decisions("1", "3");
        properties.put("rate-limits.decisions.suite-per-second", "1");
        properties.put("rate-limits.decisions.suite-burst", "500");
        try (ApplicationContext context = ApplicationContext.run(properties)) {
            RateLimits limits = context.getBean(RateLimits.class);

            long service = allowed(limits, 600, "10.0.0.1", Optional.of("cmv"));
            long publicFromTheSameAddress = allowed(limits, 10, "10.0.0.1", Optional.empty());
            long anotherService = allowed(limits, 10, "10.0.0.1", Optional.of("minimaria"));

            assertThat(service).isEqualTo(500);
            assertThat(publicFromTheSameAddress).isEqualTo(3);
            assertThat(anotherService).isEqualTo(10);
        }
    }

    @Test
    void without_a_suite_budget_a_service_is_counted_by_address_like_anyone() {
        try (ApplicationContext context = ApplicationContext.run(decisions("1", "3"))) {
            RateLimits limits = context.getBean(RateLimits.class);

            assertThat(allowed(limits, 10, "10.0.0.1", Optional.of("cmv"))).isEqualTo(3);
            assertThat(allowed(limits, 10, "10.0.0.1", Optional.empty())).isZero();
        }
    }

    @Test
    void a_route_no_limit_names_is_never_counted() {
        try (ApplicationContext context = ApplicationContext.run(decisions("1", "1"))) {
            RateLimits limits = context.getBean(RateLimits.class);

            assertThat(IntStream.range(0, 100)
                    .filter(i -> limits.tryTake("GET", "/health", "10.0.0.1", Optional.empty(), now)).count())
                    .isEqualTo(100);
        }
    }

    @Test
    void paths_a_service_adds_to_a_shared_limit_spend_the_same_budget_as_the_shared_paths() {
        Map<String, Object> properties = new HashMap<>();
        properties.put("rate-limits.intake.methods", "POST");
        properties.put("rate-limits.intake.paths", "/cases,/advisory-contacts");
        properties.put("rate-limits.intake.more-paths", "/groups");
        properties.put("rate-limits.intake.per-second", "1");
        properties.put("rate-limits.intake.burst", "4");
        try (ApplicationContext context = ApplicationContext.run(properties)) {
            RateLimits limits = context.getBean(RateLimits.class);

            long cases = IntStream.range(0, 3)
                    .filter(i -> limits.tryTake("POST", "/cases", "10.0.0.1", Optional.empty(), now)).count();
            long groups = IntStream.range(0, 3)
                    .filter(i -> limits.tryTake("POST", "/groups", "10.0.0.1", Optional.empty(), now)).count();

            assertThat(cases).isEqualTo(3);
            assertThat(groups).as("one request left of the shared burst of 4").isEqualTo(1);
            assertThat(limits.tryTake("POST", "/advisory-contacts", "10.0.0.1", Optional.empty(), now)).isFalse();
        }
    }

    @Test
    void a_limit_keyed_by_client_counts_each_verified_client_apart_though_they_share_one_address() {
        Map<String, Object> properties = decisions("1", "3");
        properties.put("rate-limits.decisions.keyed-by", "client");
        try (ApplicationContext context = ApplicationContext.run(properties)) {
            RateLimits limits = context.getBean(RateLimits.class);

            long first = IntStream.range(0, 10).filter(i -> limits.tryTake("POST", "/eligibility-checks", "10.0.0.1",
                    Optional.empty(), Optional.of("case-system-2380"), now)).count();
            long second = IntStream.range(0, 10).filter(i -> limits.tryTake("POST", "/eligibility-checks", "10.0.0.1",
                    Optional.empty(), Optional.of("case-system-2309"), now)).count();
            long withoutToken = allowed(limits, 10, "10.0.0.1", Optional.empty());

            assertThat(first).isEqualTo(3);
            assertThat(second).isEqualTo(3);
            assertThat(withoutToken).as("no verified client: counted by address").isEqualTo(3);
        }
    }

    @Test
    void a_limit_keyed_by_address_ignores_the_verified_client() {
        try (ApplicationContext context = ApplicationContext.run(decisions("1", "3"))) {
            RateLimits limits = context.getBean(RateLimits.class);

            long clients = IntStream.range(0, 10).filter(i -> limits.tryTake("POST", "/eligibility-checks", "10.0.0.1",
                    Optional.empty(), Optional.of("client-" + i), now)).count();

            assertThat(clients).isEqualTo(3);
        }
    }
}
