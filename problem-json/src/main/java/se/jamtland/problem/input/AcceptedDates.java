package se.jamtland.problem.input;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/**
 * The dates a service takes, in a body or a query: ISO calendar dates (yyyy-MM-dd, no time, no sign) within
 * 1900–2099. Nothing this suite records or asks about lies outside that range, so a date there is a typo or a
 * probe (9999-12-31, 0000-00-00), and it is refused before it reaches a rule or a column.
 */
public final class AcceptedDates {

    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2099, 12, 31);

    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private AcceptedDates() {
    }

    /** The date, or empty when the text is not a calendar date in the accepted range. */
    public static Optional<LocalDate> parse(String text) {
        if (text.length() != 10) {
            return Optional.empty();
        }
        try {
            LocalDate date = LocalDate.parse(text, ISO_DATE);
            return date.isBefore(EARLIEST) || date.isAfter(LATEST) ? Optional.empty() : Optional.of(date);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
