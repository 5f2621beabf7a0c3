package se.jamtland.statistics.report;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import se.jamtland.events.ActivityKind;
import se.jamtland.events.Unit;
import se.jamtland.events.Vocabulary;

/**
 * A statistics question as the query states it, before it is checked: the JSON and the CSV routes take the same.
 * The documents say what each may hold, so clients (and the hostile-input test) know what is refused.
 */
@Introspected
public record StatisticsParameters(
        @QueryValue @Nullable @Parameter(schema = @Schema(pattern = MONTH_PATTERN)) String from,
        @QueryValue @Nullable @Parameter(schema = @Schema(pattern = MONTH_PATTERN)) String to,
        @QueryValue @Nullable String groupBy,
        @QueryValue @Nullable @Parameter(schema = @Schema(implementation = ActivityKind.class)) String kind,
        @QueryValue @Nullable @Parameter(schema = @Schema(pattern = UNIT_PATTERN)) String unit,
        @QueryValue @Nullable @Parameter(schema = @Schema(pattern = INSATS_PATTERN)) String insats,
        @QueryValue @Nullable @Parameter(description = "En kommun (SCB-kod). En kommuns verksamhetssystem (rollen "
                + "CASE_SYSTEM) ser alltid bara sin egen kommun: utan parametern filtreras på den, en annan ger 403.",
                schema = @Schema(pattern = KOMMUN_PATTERN)) String kommun,
        @QueryValue @Nullable @Parameter(description = "events (standard): händelser; CASE_STARTED räknar ärenden, "
                + "inte personer. visitors: besökare i rådgivande kontakter, första besöket under kalenderåret med "
                + "besökskod; besök utan kod finns inte med.",
                schema = @Schema(allowableValues = {"events", "visitors"})) String measure) {

    static final String MONTH_PATTERN = "\\d{4}-(0[1-9]|1[0-2])";
    static final String UNIT_PATTERN = Unit.ID_PATTERN;
    static final String KOMMUN_PATTERN = Vocabulary.KOMMUN_PATTERN;
    /** A catalog id (domain.md, "Catalog identifiers"): lower-case words joined by hyphens. */
    static final String INSATS_PATTERN = Vocabulary.INSATS_ID_PATTERN;
}
