package se.jamtland.statistics.dashboard.application;

import io.micronaut.core.annotation.Nullable;
import se.jamtland.statistics.report.StatisticsQuestion;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The dashboard's filters as the URL holds them (issue 14: a view can be bookmarked and shared), each null when not
 * set; {@code groupBy} is the table's grouping (comma-separated, as the API's), {@code series} what the monthly
 * chart draws one series of: {@code unit} or {@code insats}.
 */
public record DashboardFilters(@Nullable String from, @Nullable String to, @Nullable String unit,
                               @Nullable String insats, @Nullable String kommun, @Nullable String kind,
                               @Nullable String ageBand, @Nullable String gender, @Nullable String measure,
                               @Nullable String groupBy, @Nullable String series) {

    public static final String DEFAULT_GROUP_BY = "unit,insats,kind";
    public static final String SERIES_UNIT = "unit";
    public static final String SERIES_INSATS = "insats";

    /** The names the URL gives each filter, in the form's order. */
    public Map<String, String> parameters() {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("from", from);
        all.put("to", to);
        all.put("unit", unit);
        all.put("insats", insats);
        all.put("kommun", kommun);
        all.put("kind", kind);
        all.put("ageBand", ageBand);
        all.put("gender", gender);
        all.put("measure", measure);
        all.put("groupBy", groupBy);
        all.put("serie", series);
        all.values().removeIf(java.util.Objects::isNull);
        return all;
    }

    public DashboardFilters withPeriod(String newFrom, String newTo) {
        return new DashboardFilters(newFrom, newTo, unit, insats, kommun, kind, ageBand, gender, measure, groupBy,
                series);
    }

    public DashboardFilters withKommun(@Nullable String newKommun) {
        return new DashboardFilters(from, to, unit, insats, newKommun, kind, ageBand, gender, measure, groupBy,
                series);
    }

    /** The same filters asked with another grouping (each chart's). */
    StatisticsQuestion question(String grouping) {
        return new StatisticsQuestion(from, to, grouping, kind, unit, insats, kommun, ageBand, gender, measure);
    }
}
