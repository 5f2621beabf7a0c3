package se.jamtland.unit.cases.application;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import se.jamtland.events.Vocabulary;
import se.jamtland.unit.cases.infrastructure.CaseCodes;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Opening a case. {@code age} and {@code legalGender} go to the villkor decision; only the age band is stored.
 * {@code person} and {@code guardians} are accepted only for an INDIVIDUAL insats (14 kap. 3 § SoL); there the
 * identity number decides age and legal gender, and {@code age} and {@code legalGender} may be left out.
 */
@Serdeable
public record OpenCaseCommand(
        @NotBlank(message = "Ange insatsens id.") @Size(max = 64, message = "Högst 64 tecken.") String insats,
        @Nullable LocalDate startDate,
        @Nullable @Min(value = 0, message = "Ålder kan inte vara negativ.")
        @Max(value = 130, message = "Ålder måste vara högst 130 år.") Integer age,
        @Nullable @Pattern(regexp = "FEMALE|MALE", message = "FEMALE eller MALE.") String legalGender,
        @Nullable @Pattern(regexp = Vocabulary.GENDER_PATTERN, message = "female, male, other eller unknown.")
        String gender,
        @Nullable @Pattern(regexp = Vocabulary.KOMMUN_PATTERN, message = "En kommunkod i länet, other eller unknown.")
        String kommun,
        @Nullable Boolean guardianConsentGiven,
        @Nullable @Pattern(regexp = CaseCodes.FORMAT, message = "Ett ärendenummer som XXXX-XXXX.")
        String linkedCaseCode,
        @Nullable @Schema(nullable = false, requiredMode = Schema.RequiredMode.NOT_REQUIRED) @Valid PersonDetails person,
        @Nullable @Size(max = 4, message = "Högst 4 vårdnadshavare.") List<@Valid GuardianDetails> guardians) {

    @Serdeable
    public record PersonDetails(
            @NotBlank(message = "Ange personnummer eller samordningsnummer.")
            @Size(max = 13, message = "Högst 13 tecken.") String identityNumber,
            @NotBlank(message = "Ange förnamn.") @Size(max = 100, message = "Högst 100 tecken.") String givenName,
            @NotBlank(message = "Ange efternamn.") @Size(max = 100, message = "Högst 100 tecken.") String familyName,
            @Nullable @Size(max = 40, message = "Högst 40 tecken.") String phone,
            @Nullable @Size(max = 200, message = "Högst 200 tecken.") String email,
            @Nullable @Size(max = 300, message = "Högst 300 tecken.") String address) {

        @Override
        public String toString() {
            return "PersonDetails[****]";
        }
    }

    @Serdeable
    public record GuardianDetails(
            @NotBlank(message = "Ange vårdnadshavarens namn.") @Size(max = 200, message = "Högst 200 tecken.")
            String name,
            @Nullable @Size(max = 13, message = "Högst 13 tecken.") String identityNumber,
            @Nullable @Size(max = 40, message = "Högst 40 tecken.") String phone) {

        @Override
        public String toString() {
            return "GuardianDetails[****]";
        }
    }

    public boolean carriesIdentity() {
        return person != null || (guardians != null && !guardians.isEmpty());
    }

    /** The fields that are codes or ids: identity typed into them is refused whatever the regime. */
    public Map<String, String> codeFields() {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("insats", insats);
        texts.put("legalGender", legalGender);
        texts.put("gender", gender);
        texts.put("kommun", kommun);
        texts.put("linkedCaseCode", linkedCaseCode);
        return texts;
    }

    @Override
    public String toString() {
        return "OpenCaseCommand[insats=" + insats + "]";
    }
}
