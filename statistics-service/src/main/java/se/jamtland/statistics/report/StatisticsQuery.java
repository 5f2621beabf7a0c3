package se.jamtland.statistics.report;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * A validated question to the aggregates: a month range, dimensions to group by, optional filters, what to count.
 * {@code ageBand} and {@code gender} are filters only the county dashboard sets (issue 14); the JSON API has none.
 */
public record StatisticsQuery(String from, String to, List<Dimension> groupBy, @Nullable String kind,
                              @Nullable String unit, @Nullable String insats, @Nullable String kommun,
                              @Nullable String ageBand, @Nullable String gender, Measure measure) {

    /** A question of the JSON API, which filters by neither age band nor gender. */
    public StatisticsQuery(String from, String to, List<Dimension> groupBy, @Nullable String kind,
                           @Nullable String unit, @Nullable String insats, @Nullable String kommun, Measure measure) {
        this(from, to, groupBy, kind, unit, insats, kommun, null, null, measure);
    }
}
