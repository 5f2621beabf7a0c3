package se.jamtland.eligibility.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The session plan where the Bilaga gives one ("upp till 20 samtal", "15 sessioner och 3 boostersessioner").
 * {@code maxSessions} is set only where the Bilaga states an upper limit; the planned counts are what the method
 * prescribes and are shown as progress, not enforced. {@code reference} is the avsnitt the plan stands in.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SessionPlan(
        String text,
        @Nullable Integer plannedSessions,
        @Nullable Integer plannedBoosterSessions,
        @Nullable Integer plannedFollowUpSessions,
        @Schema(description = "Högsta antal samtal; ett samtal till ryms inte i insatsen.")
        @Nullable Integer maxSessions,
        @Nullable Integer phases,
        @Schema(description = "Var i Bilagan planen står.") String reference) {
}
