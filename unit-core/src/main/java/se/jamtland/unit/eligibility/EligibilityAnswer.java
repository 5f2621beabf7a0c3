package se.jamtland.unit.eligibility;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.serde.annotation.Serdeable;
import se.jamtland.events.DocumentationRegime;

import java.util.List;

@Serdeable
@JsonIgnoreProperties(ignoreUnknown = true)
public record EligibilityAnswer(
        String insats,
        String catalogVersion,
        String outcome,
        List<UnmetCondition> unmetConditions,
        String guardianConsent,
        CatalogInsats.Documentation documentation) {

    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record UnmetCondition(String condition, String description) {
    }

    public boolean eligible() {
        return "ELIGIBLE".equals(outcome);
    }

    public boolean guardianConsentRequired() {
        return "REQUIRED".equals(guardianConsent);
    }

    public DocumentationRegime regime() {
        return documentation.regime();
    }
}
