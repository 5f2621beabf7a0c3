package se.jamtland.eligibility.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One villkor of an insats, as data. {@code description} is the Bilaga's own Swedish wording, shown to staff
 * when the condition is not met.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Condition(
        ConditionType condition,
        @Nullable Integer minAge,
        @Nullable @Schema(nullable = false, requiredMode = Schema.RequiredMode.NOT_REQUIRED) LegalGender legalGender,
        String description) {

    public static Condition minimumAge(int years, String description) {
        return new Condition(ConditionType.MIN_AGE, years, null, description);
    }

    public static Condition legalGender(LegalGender required, String description) {
        return new Condition(ConditionType.LEGAL_GENDER, null, required, description);
    }
}
