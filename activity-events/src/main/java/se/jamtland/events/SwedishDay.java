package se.jamtland.events;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The only precision of time an event, its Kafka record and the county's store may have: the day (domain.md,
 * "the day of the activity is enough"; issue 11). The day is the Swedish one, as {@code activityDate} and every
 * "today" of the suite are: a UTC midnight would put an event written between 00:00 and 01:00 (02:00 in summer)
 * Swedish time on the previous day, and next to its {@code activityDate} that tells the hour it was written.
 */
public final class SwedishDay {

    public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    private SwedishDay() {
    }

    /** The Swedish day the moment falls on. */
    public static LocalDate of(Instant moment) {
        return moment.atZone(ZONE).toLocalDate();
    }

    /** The moment rounded down to the start (00:00 in Sweden) of its day. */
    public static Instant startOf(Instant moment) {
        return of(moment).atStartOfDay(ZONE).toInstant();
    }

    /** Whether the moment is a day's start and so says nothing finer than the day. */
    public static boolean isStartOfDay(Instant moment) {
        return startOf(moment).equals(moment);
    }
}
