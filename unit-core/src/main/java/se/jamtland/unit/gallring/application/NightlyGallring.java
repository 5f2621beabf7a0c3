package se.jamtland.unit.gallring.application;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the job each night ({@code gallring.cron}, default 02:30 Swedish time) in every replica; the lock lets one
 * run. {@code gallring.schedule.enabled=false} turns the schedule off (the tests start the job themselves).
 */
@Singleton
@Requires(property = "gallring.schedule.enabled", notEquals = "false")
public class NightlyGallring {

    public static final String DEFAULT_CRON = "0 30 2 * * *";
    private static final Logger LOG = LoggerFactory.getLogger(NightlyGallring.class);

    private final RunningGallring running;

    public NightlyGallring(RunningGallring running) {
        this.running = running;
    }

    @Scheduled(cron = "${gallring.cron:" + DEFAULT_CRON + "}", zoneId = "Europe/Stockholm")
    void nightly() {
        try {
            running.run();
        } catch (RuntimeException e) {
            // The run stays RUNNING and the next start continues it. The type only: a database's message may quote
            // a value of the record it failed on.
            LOG.error("gallring: run stopped ({}); the next start continues it", e.getClass().getSimpleName());
        }
    }
}
