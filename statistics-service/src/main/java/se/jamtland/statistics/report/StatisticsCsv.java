package se.jamtland.statistics.report;

import se.jamtland.statistics.disclosure.PublishedCell;
import se.jamtland.statistics.disclosure.PublishedTable;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The published table as CSV for Excel: UTF-8 with BOM, semicolons (Swedish locale), Swedish headers, and after an
 * empty line the note on the Cell Key Method with the perturbation table's version.
 */
public final class StatisticsCsv {

    private static final String BOM = "\uFEFF";

    private StatisticsCsv() {
    }

    static String render(StatisticsQuery query, PublishedTable table) {
        StringBuilder csv = new StringBuilder(BOM);
        List<Dimension> dimensions = query.groupBy();
        csv.append(dimensions.stream().map(Dimension::swedishHeader).collect(Collectors.joining(";")))
                .append(';').append(query.measure().swedishHeader()).append("\r\n");
        for (PublishedCell cell : table.cells()) {
            csv.append(cell.key().stream().map(StatisticsCsv::field).collect(Collectors.joining(";")))
                    .append(';').append(cell.value().display()).append("\r\n");
        }
        csv.append("Totalt").append(";".repeat(dimensions.size())).append(table.grandTotal().display()).append("\r\n");
        // What the numbers count, under the table where Excel shows it and a sum over the column does not reach.
        csv.append("Anm.;").append(field(query.measure().swedishDescription())).append("\r\n");
        // After the table, so Excel still reads its header and rows as they were: what the numbers mean.
        csv.append("\r\n").append(field(PublicationNote.of(table))).append("\r\n");
        return csv.toString();
    }

    /** Codes only ever reach here, but a field that could start a formula or break a row is quoted. */
    public static String field(String value) {
        if (value.matches("[=+@-].*") || value.contains(";") || value.contains("\"")) {
            return "\"" + (value.matches("[=+@-].*") ? "'" : "") + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
