package se.jamtland.unit.remiss.application;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import se.jamtland.events.Vocabulary;
import se.jamtland.unit.cases.application.OpenCaseCommand.GuardianDetails;
import se.jamtland.unit.cases.application.OpenCaseCommand.PersonDetails;

import java.util.List;

/**
 * A kommun's remiss of a person into an INDIVIDUAL insats (issue 12), as its case system sends it through the
 * gateway. The person and guardians are shaped as for opening a case, since accepting the remiss opens one with
 * them. The kommun is not a field: it is the one the IdP signed into the case system's token.
 */
@Serdeable
public record ReceiveRemissCommand(
        @NotBlank(message = "Ange insatsens id.")
        @Pattern(regexp = Vocabulary.INSATS_ID_PATTERN, message = Vocabulary.INSATS_ID_MESSAGE) String insats,
        @NotNull(message = "Ange personen som remitteras.") @Valid PersonDetails person,
        @Nullable @Size(max = 4, message = "Högst 4 vårdnadshavare.") List<@Valid GuardianDetails> guardians,
        @Nullable Boolean guardianConsentGiven,
        @NotNull(message = "Ange om personen samtycker till remissen.") Boolean consentToReferral,
        @NotNull(message = "Ange vem som remitterar.") @Valid Referrer referrer,
        @Nullable @Size(max = 2000, message = "Högst 2000 tecken.") String message) {

    /** The socialsekreterare who refers, so the unit can call back. */
    @Serdeable
    public record Referrer(
            @NotBlank(message = "Ange remittentens namn.") @Size(max = 200, message = "Högst 200 tecken.") String name,
            @Nullable @Size(max = 40, message = "Högst 40 tecken.") String phone) {

        @Override
        public String toString() {
            return "Referrer[****]";
        }
    }

    @Override
    public String toString() {
        return "ReceiveRemissCommand[insats=" + insats + "]";
    }
}
