package se.jamtland.statistics.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a published number counts. Events are what the units report; visitors are people, where nobody is
 * identified: advisory contacts that were a visitor's first visit to the insats in the calendar year (issue 11).
 * The description is what the statistician reads, in the answer and in the CSV.
 */
public enum Measure {
    EVENTS("events", "record_key_sum", "Antal",
            "Antal händelser. En person kan stå för flera: CASE_STARTED räknar ärenden (påbörjade insatser), inte "
                    + "personer, och ADVISORY_CONTACT räknar kontakter, inte besökare."),
    VISITORS("first_visits", "first_visit_key_sum", "Antal besökare",
            "Antal besökare i rådgivande kontakter: första besöket under kalenderåret i en insats av en besökare som "
                    + "uppgav en besökskod. Besök utan besökskod finns inte med, så antalet personer kan vara större. "
                    + "Över flera kalenderår räknas samma person en gång per år.");

    private final String column;
    private final String keyColumn;
    private final String swedishHeader;
    private final String swedishDescription;

    Measure(String column, String keyColumn, String swedishHeader, String swedishDescription) {
        this.column = column;
        this.keyColumn = keyColumn;
        this.swedishHeader = swedishHeader;
        this.swedishDescription = swedishDescription;
    }

    /** As the query writes it: {@code events} or {@code visitors}. */
    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A fixed column name, as for {@link Dimension}: no text of the request reaches SQL. */
    String column() {
        return column;
    }

    /** The record-key sum of what the column counts (Cell Key Method): a cell's key is of its own records. */
    String keyColumn() {
        return keyColumn;
    }

    public String swedishHeader() {
        return swedishHeader;
    }

    public String swedishDescription() {
        return swedishDescription;
    }

    public static Optional<Measure> byParameter(String name) {
        return Arrays.stream(values()).filter(m -> m.parameter().equals(name)).findFirst();
    }
}
