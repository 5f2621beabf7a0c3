package se.jamtland.unit.eligibility;

import io.micronaut.core.annotation.Nullable;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import se.jamtland.events.Channel;
import se.jamtland.events.DocumentationRegime;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** One insats as eligibility-service's catalog describes it. Fields the catalog adds later are ignored: it is a
 * trusted internal contract, unlike requests from callers, which are strict. */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = true)
public record CatalogInsats(
        String id,
        String unit,
        String section,
        String name,
        String targetGroup,
        @Nullable String content,
        // Read through from eligibility-service's catalog: an open object to the document, as the unit passes it on.
        @Nullable @ArraySchema(schema = @Schema(type = "object",
                additionalProperties = Schema.AdditionalPropertiesValue.TRUE,
                description = "Ett villkor som katalogen anger det: condition (MIN_AGE, LEGAL_GENDER), minAge eller "
                        + "legalGender, och Bilagans description.")) List<Map<String, Object>> conditions,
        @Nullable String guardianConsentNote,
        @Nullable @Schema(nullable = false, requiredMode = Schema.RequiredMode.NOT_REQUIRED) SessionPlan sessionPlan,
        @Nullable @Schema(nullable = false, requiredMode = Schema.RequiredMode.NOT_REQUIRED) Channels channels,
        @Nullable @Schema(nullable = false, requiredMode = Schema.RequiredMode.NOT_REQUIRED) CaseLinks caseLinks,
        @Nullable @Schema(nullable = false, requiredMode = Schema.RequiredMode.NOT_REQUIRED)
        InterviewWindow interviewWindow,
        Documentation documentation) {

    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Documentation(DocumentationRegime regime, String legalReference) {
    }

    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SessionPlan(String text, @Nullable Integer plannedSessions, @Nullable Integer plannedBoosterSessions,
                              @Nullable Integer plannedFollowUpSessions, @Nullable Integer maxSessions,
                              @Nullable Integer phases) {
    }

    /** The channels the Bilaga names for the insats (2.5, 3.1); without them every channel is accepted. */
    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Channels(Set<Channel> allowed, @Nullable String basis, @Nullable String reference) {
    }

    /** Which insatser a case of this one may name, by case code at the same unit (2.6 Partnerkontakt). */
    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CaseLinks(List<String> mayLinkTo, @Nullable String basis, @Nullable String reference) {
    }

    /** How long after the barnförhör a krissamtal is still "i samband med" it (5.1). */
    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record InterviewWindow(int latestDaysAfter, @Nullable String basis, @Nullable String reference) {
    }

    public DocumentationRegime regime() {
        return documentation.regime();
    }

    /** The channels the insats may be given through; empty when the Bilaga names none (any channel). */
    public Set<Channel> allowedChannels() {
        return channels == null ? Set.of() : Set.copyOf(channels.allowed());
    }

    /** Whether a villkor of the insats is of this type ({@code MIN_AGE}, {@code LEGAL_GENDER}): only then is its
     * input asked for (a legal gender is asked only where the Bilaga makes it a villkor). */
    public boolean hasVillkor(String type) {
        return conditions != null && conditions.stream().anyMatch(condition -> type.equals(condition.get("condition")));
    }

    /** Whether a case of this insats may name a case of {@code linkedInsats}. */
    public boolean mayLinkTo(String linkedInsats) {
        return caseLinks != null && caseLinks.mayLinkTo().contains(linkedInsats);
    }
}
