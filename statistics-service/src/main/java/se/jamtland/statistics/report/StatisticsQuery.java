package se.jamtland.statistics.report;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/** A validated question to the aggregates: a month range, dimensions to group by, optional filters, what to count. */
public record StatisticsQuery(String from, String to, List<Dimension> groupBy, @Nullable String kind,
                              @Nullable String unit, @Nullable String insats, @Nullable String kommun,
                              Measure measure) {
}
