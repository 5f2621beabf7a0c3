package se.jamtland.statistics.report;

import io.micronaut.core.annotation.Nullable;

/**
 * A statistics question as asked, before it is checked: by the JSON API ({@link StatisticsParameters}) or by the
 * county dashboard's filters (issue 14), which also filter by age band and gender. Absent values are null, never
 * empty: the dashboard drops empty fields of its GET form before it asks.
 */
public record StatisticsQuestion(@Nullable String from, @Nullable String to, @Nullable String groupBy,
                                 @Nullable String kind, @Nullable String unit, @Nullable String insats,
                                 @Nullable String kommun, @Nullable String ageBand, @Nullable String gender,
                                 @Nullable String measure) {

    /** The API's question, with the kommun filter its caller may use (KommunScope). */
    static StatisticsQuestion of(StatisticsParameters parameters, @Nullable String kommun) {
        return new StatisticsQuestion(parameters.from(), parameters.to(), parameters.groupBy(), parameters.kind(),
                parameters.unit(), parameters.insats(), kommun, null, null, parameters.measure());
    }
}
