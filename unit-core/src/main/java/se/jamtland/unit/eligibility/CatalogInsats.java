package se.jamtland.unit.eligibility;

import io.micronaut.core.annotation.Nullable;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.serde.annotation.Serdeable;
import se.jamtland.events.DocumentationRegime;

import java.util.List;
import java.util.Map;

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
        @Nullable List<Map<String, Object>> conditions,
        @Nullable String guardianConsentNote,
        @Nullable SessionPlan sessionPlan,
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

    public DocumentationRegime regime() {
        return documentation.regime();
    }
}
