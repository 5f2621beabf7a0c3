package se.jamtland.eligibility.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Who needs a guardian's consent, as the catalog in force says. From 2025-07-01 a person aged 15-17 may take
 * part in these insatser without it (Bilaga 1, avsnitt 1); that those younger need it is the guardians' right to
 * decide (föräldrabalken 6 kap. 11 §), which the Bilaga does not say: {@code inference} marks such a rule, and
 * {@code basis} says in Swedish what it is inferred from. A later catalog may move the age.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GuardianConsentRule(
        int requiredBelowAge,
        String reference,
        String text,
        @Schema(description = "true: regeln är en slutsats, inte Bilagans egna ord.")
        @JsonInclude(JsonInclude.Include.ALWAYS) boolean inference,
        @Schema(description = "Vad en slutsats bygger på.") @Nullable String basis,
        @Schema(description = "Den som är yngre än så här och kommer utan samtycke skyddas av sekretess mot "
                + "vårdnadshavarna.") int guardianSecrecyBelowAge,
        @Schema(description = "Vad sekretessgränsen bygger på.") String guardianSecrecyReference) {
}
