package se.jamtland.statistics.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import se.jamtland.statistics.disclosure.PublishedTable;
import se.jamtland.statistics.disclosure.PublishedValue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The published statistics: cells, line totals and the total, each a perturbed number or "<5", with the perturbation
 * table's version and the Swedish note on what the numbers mean. Built only from a {@link PublishedTable}, which holds
 * no true count and no key, so neither can slip into the answer. {@code measure} and its Swedish description say
 * what the numbers count (events, or visitors with a code).
 */
@Serdeable
public record StatisticsReport(String from, String to, List<String> groupBy, int threshold, String perturbationTable,
                               String note,
                               @JsonInclude(JsonInclude.Include.ALWAYS) @ArraySchema(schema = @Schema(type = "object",
                                       additionalProperties = Schema.AdditionalPropertiesValue.TRUE,
                                       description = CELL)) List<Map<String, Object>> rows,
                               @JsonInclude(JsonInclude.Include.ALWAYS) @ArraySchema(schema = @Schema(type = "object",
                                       additionalProperties = Schema.AdditionalPropertiesValue.TRUE,
                                       description = LINE_TOTAL)) List<Map<String, Object>> totals,
                               @Schema(oneOf = {Long.class, String.class}, description = COUNT) Object total,
                               String measure, String measureDescription) {

    // A cell's keys are the query's groupBy dimensions, so the document can only say what each holds.
    static final String COUNT = "Ett publicerat tal, eller \"<\" följt av threshold för ett tal under den.";
    static final String CELL = "En cell: en egenskap per dimension i groupBy med dess värde, och count (" + COUNT + ")";
    static final String LINE_TOTAL = "En radtotal: summedOver (dimensionen som summerats bort), de övriga dimensionerna "
            + "och count (" + COUNT + ")";

    static StatisticsReport of(StatisticsQuery query, PublishedTable table) {
        List<String> dimensions = table.dimensions();
        List<Map<String, Object>> rows = table.cells().stream().map(cell -> {
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 0; i < dimensions.size(); i++) {
                row.put(dimensions.get(i), cell.key().get(i));
            }
            row.put("count", value(cell.value()));
            return row;
        }).toList();
        List<Map<String, Object>> totals = table.lineTotals().stream().map(line -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("summedOver", line.summedOver());
            List<String> others = dimensions.stream().filter(d -> !d.equals(line.summedOver())).toList();
            for (int i = 0; i < others.size(); i++) {
                row.put(others.get(i), line.groupKey().get(i));
            }
            row.put("count", value(line.value()));
            return row;
        }).toList();
        return new StatisticsReport(query.from(), query.to(), dimensions, table.threshold(), table.perturbationTable(),
                PublicationNote.of(table), rows, totals, value(table.grandTotal()), query.measure().parameter(),
                query.measure().swedishDescription());
    }

    /** A shown count as a number; one below the threshold only as its display text, e.g. "<5". */
    static Object value(PublishedValue value) {
        return value.belowThreshold() ? value.display() : value.number().orElseThrow();
    }
}
