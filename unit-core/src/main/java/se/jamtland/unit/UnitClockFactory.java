package se.jamtland.unit;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.ZoneId;

@Factory
class UnitClockFactory {

    /** Dates of contacts and sessions are Swedish dates. */
    @Singleton
    Clock clock() {
        return Clock.system(ZoneId.of("Europe/Stockholm"));
    }
}
