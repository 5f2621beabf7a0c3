package se.jamtland.statistics;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import se.jamtland.events.SwedishDay;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The service's clock, moved forward by a test to a later day (the real time plus an offset, so the service runs
 * on as usual). Only in a test that sets {@code test.movable-clock=true}.
 */
public final class MovableClock extends Clock {

    private volatile Duration ahead = Duration.ZERO;

    public void moveForward(Duration by) {
        ahead = ahead.plus(by);
    }

    public void reset() {
        ahead = Duration.ZERO;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(ahead);
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
    @Requires(property = "test.movable-clock", value = "true")
    static class MovableClockFactory {

        @Singleton
        @Replaces(Clock.class)
        MovableClock movableClock() {
            return new MovableClock();
        }
    }
}
