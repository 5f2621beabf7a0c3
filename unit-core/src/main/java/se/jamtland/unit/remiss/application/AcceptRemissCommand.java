package se.jamtland.unit.remiss.application;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Pattern;
import se.jamtland.unit.cases.infrastructure.CaseCodes;

import java.time.LocalDate;

/**
 * Accepting a remiss: what staff add to what the remiss says when they open the case. {@code guardianConsentGiven}
 * here is the consent the unit itself recorded; without it, the remiss's own statement counts.
 */
@Serdeable
public record AcceptRemissCommand(
        @Nullable LocalDate startDate,
        @Nullable Boolean guardianConsentGiven,
        @Nullable @Pattern(regexp = CaseCodes.FORMAT, message = "Ett ärendenummer som XXXX-XXXX.")
        String linkedCaseCode) {

    public static final AcceptRemissCommand NOTHING_ADDED = new AcceptRemissCommand(null, null, null);
}
