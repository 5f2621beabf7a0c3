package se.jamtland.gateway.remiss;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * A remiss as a case system sends it (issue 12's shared contract): read here only to refuse what cannot be a
 * remiss before anything leaves the gateway; the unit receives the bytes as they came and is the one that stores
 * them. Person and guardian shapes are the unit's {@code OpenCaseCommand.PersonDetails/GuardianDetails}. No
 * {@code toString} ever shows a value.
 */
@Serdeable
@Schema(name = "RemissRequest", description = "En remiss till en insats med dokumentationsformen INDIVIDUAL.")
public record RemissRequest(
        @Schema(description = "Insatsens id i katalogen", example = "minimaria-a-cra")
        @NotBlank(message = "Ange insatsens id.") @Size(max = 64, message = "Högst 64 tecken.") String insats,
        @NotNull(message = "Ange personen.") @Valid Person person,
        @Nullable @Size(max = 4, message = "Högst 4 vårdnadshavare.") List<@Valid Guardian> guardians,
        @Schema(description = "Vårdnadshavarna har samtyckt (krävs under 15 år)")
        @Nullable Boolean guardianConsentGiven,
        @Schema(description = "Personen samtycker till remissen; måste vara true")
        @NotNull(message = "Ange om personen samtycker till remissen.") Boolean consentToReferral,
        @NotNull(message = "Ange den som remitterar.") @Valid Referrer referrer,
        @Schema(description = "Meddelande till verksamheten, högst 2000 tecken")
        @Nullable @Size(max = 2000, message = "Högst 2000 tecken.") String message) {

    @Serdeable
    @Schema(name = "RemissPerson")
    public record Person(
            @NotBlank(message = "Ange personnummer eller samordningsnummer.") @Size(max = 13) String identityNumber,
            @NotBlank(message = "Ange förnamn.") @Size(max = 100) String givenName,
            @NotBlank(message = "Ange efternamn.") @Size(max = 100) String familyName,
            @Nullable @Size(max = 40) String phone,
            @Nullable @Size(max = 200) String email,
            @Nullable @Size(max = 300) String address) {

        @Override
        public String toString() {
            return "Person[****]";
        }
    }

    @Serdeable
    @Schema(name = "RemissGuardian")
    public record Guardian(
            @NotBlank(message = "Ange vårdnadshavarens namn.") @Size(max = 200) String name,
            @Nullable @Size(max = 13) String identityNumber,
            @Nullable @Size(max = 40) String phone) {

        @Override
        public String toString() {
            return "Guardian[****]";
        }
    }

    @Serdeable
    @Schema(name = "RemissReferrer", description = "Socialsekreteraren som remitterar")
    public record Referrer(
            @NotBlank(message = "Ange namnet på den som remitterar.") @Size(max = 200) String name,
            @Nullable @Size(max = 40) String phone) {

        @Override
        public String toString() {
            return "Referrer[****]";
        }
    }

    @Override
    public String toString() {
        return "RemissRequest[insats=" + insats + "]";
    }
}
