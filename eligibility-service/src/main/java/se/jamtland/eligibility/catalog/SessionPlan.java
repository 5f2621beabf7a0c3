package se.jamtland.eligibility.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The session plan where the Bilaga gives one ("upp till 20 samtal", "15 sessioner och 3 boostersessioner").
 * {@code maxSessions} is set only where the Bilaga states an upper limit; the planned counts are what the method
 * prescribes and are shown as progress, not enforced.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SessionPlan(
        String text,
        @Nullable Integer plannedSessions,
        @Nullable Integer plannedBoosterSessions,
        @Nullable Integer plannedFollowUpSessions,
        @Nullable Integer maxSessions,
        @Nullable Integer phases) {
}
