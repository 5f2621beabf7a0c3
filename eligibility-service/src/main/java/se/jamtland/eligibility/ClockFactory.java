package se.jamtland.eligibility;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.ZoneId;

@Factory
class ClockFactory {

    /** "Today" for a Swedish county service is the date in Sweden, not in UTC. */
    @Singleton
    Clock clock() {
        return Clock.system(ZoneId.of("Europe/Stockholm"));
    }
}
