package se.jamtland.statistics.dashboard.application;

import io.micronaut.core.annotation.Nullable;
import se.jamtland.statistics.disclosure.PublishedValue;

import java.util.List;

/**
 * Everything one view of the dashboard shows, and its exports hold (issue 14: "exactly what is on screen"): only
 * published values (a number or "<5", never a true count, never a sum the page made), with the words to read them.
 *
 * @param filters        the filters in force, with the period filled in
 * @param filterLines    the filters in Swedish, one line each ("Enhet: alla")
 * @param table          the table of the chosen grouping
 * @param charts         the three charts, each with its numbers as a table
 * @param legend         what "<5", 0 and a perturbed number mean
 * @param catalogVersion the catalog's version, null when it could not be read
 */
public record DashboardView(String title, DashboardFilters filters, List<String> filterLines, Table table,
                            List<Chart> charts, String measureHeader, String measureDescription, int threshold,
                            String perturbationTable, List<String> legend, String note,
                            @Nullable String catalogVersion) {

    /** A published table: a row per published cell, its values' Swedish labels, then its published total. */
    public record Table(String caption, List<String> headers, List<Row> rows, PublishedValue total) {
    }

    public record Row(List<String> labels, PublishedValue value) {
    }

    /**
     * A chart's published numbers: {@code values.get(c).get(s)} is category c's value in series s. A cell the table
     * does not list had no events (a true 0 stays 0 under the Cell Key Method) and is 0. One series without a header
     * for a chart of one dimension.
     */
    public record Chart(String id, String title, String categoryHeader, @Nullable String seriesHeader,
                        List<String> categories, List<String> series, List<List<PublishedValue>> values) {
    }
}
