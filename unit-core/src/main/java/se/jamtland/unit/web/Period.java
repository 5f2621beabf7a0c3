package se.jamtland.unit.web;

import io.micronaut.core.annotation.Nullable;
import se.jamtland.problem.ProblemException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A period of whole days from the query, both ends included; the last 30 days when none is given. */
public record Period(LocalDate from, LocalDate to) {

    /** Days begin and end in Swedish time, as staff count them. */
    public static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    public static final int DEFAULT_DAYS = 30;

    public static Period of(@Nullable LocalDate from, @Nullable LocalDate to, Clock clock) {
        LocalDate end = to != null ? to : LocalDate.now(clock.withZone(SWEDEN));
        LocalDate start = from != null ? from : end.minusDays(DEFAULT_DAYS);
        if (start.isAfter(end)) {
            throw ProblemException.unprocessable("invalid-period", "Ogiltig period", "from måste vara före to.",
                    "from");
        }
        return new Period(start, end);
    }

    public Instant start() {
        return from.atStartOfDay(SWEDEN).toInstant();
    }

    /** The first instant after the period. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(SWEDEN).toInstant();
    }
}
