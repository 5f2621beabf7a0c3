package se.jamtland.gateway.statistics;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Parameter;

/**
 * The statistics query as documented for a case system: statistics-service reads and checks it; the gateway
 * passes the query string on as it came (and never logs it).
 */
@Introspected
public record StatisticsQuery(
        @Parameter(description = "Första månaden (ÅÅÅÅ-MM)", example = "2025-07") @QueryValue @Nullable String from,
        @Parameter(description = "Sista månaden (ÅÅÅÅ-MM)", example = "2025-12") @QueryValue @Nullable String to,
        @Parameter(description = "Dimensioner, kommaseparerade", example = "insats") @QueryValue @Nullable
        String groupBy,
        @Parameter(description = "Händelsetyp", example = "CASE_STARTED") @QueryValue @Nullable String kind,
        @Parameter(description = "Verksamhet", example = "minimaria") @QueryValue @Nullable String unit,
        @Parameter(description = "Insats", example = "minimaria-a-cra") @QueryValue @Nullable String insats,
        @Parameter(description = "Kommunkod; bara er egen", example = "2380") @QueryValue @Nullable String kommun,
        @Parameter(description = "events (standard) eller visitors", example = "events") @QueryValue @Nullable
        String measure) {
}
