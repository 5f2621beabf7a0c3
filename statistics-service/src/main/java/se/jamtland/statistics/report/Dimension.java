package se.jamtland.statistics.report;

import java.util.Arrays;
import java.util.Optional;

/** What the county may group by: never anything finer than the aggregates (month, not day; band, not age). */
public enum Dimension {
    MONTH("month", "month", "Månad"),
    UNIT("unit", "unit", "Enhet"),
    INSATS("insats", "insats", "Insats"),
    KIND("kind", "kind", "Händelse"),
    KOMMUN("kommun", "kommun", "Kommun"),
    AGE_BAND("ageBand", "age_band", "Åldersgrupp"),
    GENDER("gender", "gender", "Kön"),
    CHANNEL("channel", "channel", "Kanal");

    private final String parameter;
    private final String column;
    private final String swedishHeader;

    Dimension(String parameter, String column, String swedishHeader) {
        this.parameter = parameter;
        this.column = column;
        this.swedishHeader = swedishHeader;
    }

    public String parameter() {
        return parameter;
    }

    /** A fixed column name: the only text of a request that ever reaches SQL is chosen from this list. */
    String column() {
        return column;
    }

    public String swedishHeader() {
        return swedishHeader;
    }

    public static Optional<Dimension> byParameter(String name) {
        return Arrays.stream(values()).filter(d -> d.parameter.equals(name)).findFirst();
    }
}
