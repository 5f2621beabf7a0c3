package se.jamtland.statistics;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.ZoneId;

@Factory
class ClockFactory {

    @Singleton
    Clock clock() {
        return Clock.system(ZoneId.of("Europe/Stockholm"));
    }
}
