package se.jamtland.eligibility.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** One insats of the Bilaga, with its villkor, session plan and documentation regime. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Insats(
        String id,
        String unit,
        String section,
        String name,
        String targetGroup,
        String content,
        @JsonInclude(JsonInclude.Include.ALWAYS) List<Condition> conditions,
        @Nullable String guardianConsentNote,
        @Nullable SessionPlan sessionPlan,
        Documentation documentation) {

    public Insats {
        conditions = List.copyOf(conditions);
    }
}
