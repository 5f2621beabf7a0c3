package se.jamtland.eligibility.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/**
 * One insats of the Bilaga, with its villkor, session plan, channels, the cases it may link to, the krissamtal
 * window and its documentation regime: every rule a unit applies to it, each with the Bilaga's words.
 */
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
        @Nullable @Schema(nullable = false, requiredMode = Schema.RequiredMode.NOT_REQUIRED) SessionPlan sessionPlan,
        @Schema(description = "Saknas: Bilagan nämner ingen kanal, varje kanal tas emot.",
                nullable = false, requiredMode = Schema.RequiredMode.NOT_REQUIRED) @Nullable Channels channels,
        @Schema(description = "Saknas: ett ärende kopplas inte till något annat.",
                nullable = false, requiredMode = Schema.RequiredMode.NOT_REQUIRED) @Nullable CaseLinks caseLinks,
        @Schema(description = "Endast krissamtal (5.1).",
                nullable = false, requiredMode = Schema.RequiredMode.NOT_REQUIRED) @Nullable
        InterviewWindow interviewWindow,
        Documentation documentation) {

    public Insats {
        conditions = List.copyOf(conditions);
    }
}
