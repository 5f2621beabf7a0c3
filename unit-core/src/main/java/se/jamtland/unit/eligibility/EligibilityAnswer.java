package se.jamtland.unit.eligibility;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
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
        @Nullable GuardianConsentRule guardianConsentRule,
        CatalogInsats.Documentation documentation) {

    /**
     * The catalog's consent rule the answer was decided by: below {@code requiredBelowAge} a guardian's consent is
     * needed (föräldrabalken 6 kap. 11 §); from there up to {@code guardianSecrecyBelowAge} a young person may come
     * without the guardians knowing (Bilaga 1, avsnitt 1).
     */
    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record GuardianConsentRule(int requiredBelowAge, int guardianSecrecyBelowAge,
                                      @Nullable String reference) {
    }

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
