package se.jamtland.unit.testing;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import se.jamtland.events.SwedishDay;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * The service's clock set by a test to a Swedish date and time, from which it runs on at real speed (so a run
 * still takes time). Replaces the {@link Clock} bean in a test that sets {@code test.settable-clock=true}.
 */
public final class SettableClock extends Clock {

    private volatile Duration offset = Duration.ZERO;

    /** From now on the clock reads this Swedish local time, and runs on from it. */
    public void setTo(String swedishLocalDateTime) {
        Instant target = LocalDateTime.parse(swedishLocalDateTime).atZone(SwedishDay.ZONE).toInstant();
        offset = Duration.between(Instant.now(), target);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return SwedishDay.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the service's clock is Swedish");
    }

    @Factory
    @Requires(property = "test.settable-clock", value = "true")
    static class SettableClockFactory {

        @Singleton
        @Replaces(Clock.class)
        SettableClock settableClock() {
            return new SettableClock();
        }
    }
}
