package se.jamtland.eligibility.decision;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import se.jamtland.eligibility.catalog.LegalGender;

import java.time.LocalDate;

/** A question about one insats. Carries only what a villkor may need: never a name or an identity number. */
@Serdeable
public record EligibilityCheckCommand(
        @NotBlank(message = "Ange insatsens id, t.ex. cmv-gruppverksamhet.")
        @Size(max = 100, message = "Ett insats-id är högst 100 tecken.")
        String insats,
        @Nullable
        @Min(value = 0, message = "Ålder kan inte vara negativ.")
        @Max(value = 130, message = "Ålder måste vara högst 130 år.")
        Integer age,
        @Nullable @Schema(nullable = false, requiredMode = Schema.RequiredMode.NOT_REQUIRED) LegalGender legalGender,
        @Nullable LocalDate onDate) {

    Applicant applicant() {
        return new Applicant(age, legalGender);
    }
}
