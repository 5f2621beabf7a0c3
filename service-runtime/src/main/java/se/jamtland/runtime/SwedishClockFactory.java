package se.jamtland.runtime;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.ZoneId;

/**
 * The clock of every service: "today" for a Swedish county service (a contact's date, a session's, the catalog
 * version in force) is the date in Sweden, not in UTC. A test that needs another day replaces this bean or builds
 * its objects with a fixed clock.
 */
@Factory
public class SwedishClockFactory {

    public static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    @Singleton
    Clock clock() {
        return Clock.system(SWEDEN);
    }
}
