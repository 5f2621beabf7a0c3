package se.jamtland.eligibility.decision;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import se.jamtland.eligibility.catalog.Documentation;

import java.util.List;

/**
 * The answer: outcome, every villkor not met, guardian consent and the consent age it was decided by, and the
 * documentation regime, always naming the catalog version it was decided by. The target group is shown for
 * information; it was not evaluated.
 */
@Serdeable
public record EligibilityDecision(
        String insats,
        String catalogVersion,
        Outcome outcome,
        @JsonInclude(JsonInclude.Include.ALWAYS) List<UnmetCondition> unmetConditions,
        GuardianConsent guardianConsent,
        AppliedConsentRule guardianConsentRule,
        Documentation documentation,
        String targetGroup,
        String targetGroupNote) {
}
