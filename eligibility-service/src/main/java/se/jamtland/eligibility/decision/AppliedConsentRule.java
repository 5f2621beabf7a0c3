package se.jamtland.eligibility.decision;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import se.jamtland.eligibility.catalog.GuardianConsentRule;

/**
 * The consent age the decision was made by, so a unit's message quotes the catalog ("Personen är under 15 år")
 * instead of a number of its own.
 */
@Serdeable
@Schema(description = "Åldersgränsen för vårdnadshavares samtycke i den katalog beslutet fattades efter.")
public record AppliedConsentRule(
        @Schema(description = "Samtycke krävs för den som är yngre än så här.") int requiredBelowAge,
        @Schema(description = "Vad gränsen bygger på.") String reference,
        @Schema(description = "Den som är yngre än så här och kommer utan samtycke skyddas av sekretess mot "
                + "vårdnadshavarna.") int guardianSecrecyBelowAge) {

    static AppliedConsentRule of(GuardianConsentRule rule) {
        return new AppliedConsentRule(rule.requiredBelowAge(), rule.reference(), rule.guardianSecrecyBelowAge());
    }
}
