package se.jamtland.gateway.upstream;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CircuitBreakerTest {

    private static final long SECOND = 1_000_000_000L;

    private final CircuitBreaker circuit = new CircuitBreaker(3, Duration.ofSeconds(10));

    @Test
    void the_circuit_opens_after_the_configured_failures_in_a_row_and_then_answers_at_once() {
        circuit.failed(0);
        circuit.failed(0);
        assertThat(circuit.allowsCall(0)).isTrue();

        circuit.failed(0);

        assertThat(circuit.allowsCall(SECOND)).isFalse();
        assertThat(circuit.secondsUntilRetry(SECOND)).isEqualTo(9);
    }

    @Test
    void a_success_between_failures_starts_the_count_again() {
        circuit.failed(0);
        circuit.failed(0);
        circuit.succeeded();
        circuit.failed(0);
        circuit.failed(0);

        assertThat(circuit.allowsCall(0)).isTrue();
    }

    @Test
    void after_the_open_time_one_trial_call_goes_out_and_its_success_closes_the_circuit() {
        openAt(0);

        assertThat(circuit.allowsCall(11 * SECOND)).as("the trial").isTrue();
        assertThat(circuit.allowsCall(11 * SECOND)).as("a second caller while the trial runs").isFalse();
        circuit.succeeded();

        assertThat(circuit.allowsCall(11 * SECOND)).isTrue();
        assertThat(circuit.allowsCall(11 * SECOND)).isTrue();
    }

    @Test
    void a_failed_trial_opens_the_circuit_again_for_the_whole_open_time() {
        openAt(0);
        assertThat(circuit.allowsCall(11 * SECOND)).isTrue();

        circuit.failed(11 * SECOND);

        assertThat(circuit.allowsCall(20 * SECOND)).isFalse();
        assertThat(circuit.allowsCall(22 * SECOND)).isTrue();
    }

    @Test
    void a_circuit_that_would_never_close_or_never_open_is_refused() {
        assertThatThrownBy(() -> new CircuitBreaker(0, Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CircuitBreaker(1, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    private void openAt(long now) {
        for (int i = 0; i < 3; i++) {
            circuit.failed(now);
        }
    }
}
