package se.jamtland.problem.limits;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The limiter at its edges (issue 9, 5b): a large limit means more, never none. */
class TokenBucketTest {

    private static final long SECOND = 1_000_000_000L;
    private static final long START = 123_456_789L;

    private static long taken(TokenBucket bucket, int asked, long atNanos) {
        return IntStream.range(0, asked).filter(i -> bucket.tryTake(atNanos)).count();
    }

    @Test
    void a_rate_of_one_with_a_burst_of_one_lets_one_through_then_one_a_second() {
        TokenBucket bucket = new TokenBucket(1, 1, START);

        assertThat(taken(bucket, 5, START)).isEqualTo(1);
        assertThat(taken(bucket, 5, START + SECOND / 2)).isZero();
        assertThat(taken(bucket, 5, START + SECOND)).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0} a second")
    @CsvSource({"5000", "1000000", "1000000000", "1e18", "9.2e18", "1.7976931348623157e308", "Infinity"})
    void a_very_large_rate_lets_a_busy_moment_through_however_large(double perSecond) {
        TokenBucket bucket = new TokenBucket(perSecond, 60, START);

        long first = taken(bucket, 60, START);
        // The same instant again, and a microsecond later: 0 × ∞ must not make the bucket NaN.
        long sameInstant = taken(bucket, 1, START);
        long later = taken(bucket, 60, START + 1_000_000);

        assertThat(first).isEqualTo(60);
        assertThat(sameInstant).isLessThanOrEqualTo(1);
        assertThat(later).isEqualTo(perSecond >= 60_000 ? 60 : later);
        assertThat(taken(bucket, 1, START + SECOND)).isEqualTo(1);
    }

    @Test
    void a_request_that_read_the_clock_late_takes_nothing_away_from_the_others() {
        TokenBucket bucket = new TokenBucket(1_000_000, 60, START);
        taken(bucket, 60, START + SECOND);

        // A thread that read the clock a millisecond before the others got in: at 10^6 a second that lag used
        // to cost a thousand tokens.
        bucket.tryTake(START + SECOND - 1_000_000);

        assertThat(taken(bucket, 60, START + SECOND + 60_000)).isEqualTo(60);
    }

    @ParameterizedTest(name = "burst {0}")
    @CsvSource({"1", "2147483647", "2147483648", "9223372036854775807"})
    void a_burst_up_to_long_max_is_that_many_at_once_and_never_overflows(long burst) {
        TokenBucket bucket = new TokenBucket(10, burst, START);

        assertThat(taken(bucket, 1000, START)).isEqualTo(Math.min(burst, 1000));
        assertThat(taken(bucket, 1, START + 10 * 365L * 24 * 3600 * SECOND)).isEqualTo(1);
    }

    @Test
    void a_burst_smaller_than_the_rate_caps_what_a_quiet_second_saves_up() {
        TokenBucket bucket = new TokenBucket(100, 5, START);
        taken(bucket, 5, START);

        assertThat(taken(bucket, 100, START + SECOND)).isEqualTo(5);
    }

    @Test
    void a_burst_larger_than_the_rate_is_spent_at_once_and_then_refills_at_the_rate() {
        TokenBucket bucket = new TokenBucket(2, 50, START);

        assertThat(taken(bucket, 100, START)).isEqualTo(50);
        assertThat(taken(bucket, 100, START + SECOND)).isEqualTo(2);
        assertThat(taken(bucket, 100, START + 100 * SECOND)).isEqualTo(50);
    }

    @ParameterizedTest(name = "rate {0}, burst {1}")
    @CsvSource({"0, 10", "-1, 10", "NaN, 10", "10, 0", "10, -1"})
    void a_rate_or_burst_that_would_refuse_everything_is_not_a_bucket(double perSecond, long burst) {
        assertThatThrownBy(() -> new TokenBucket(perSecond, burst, START))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
