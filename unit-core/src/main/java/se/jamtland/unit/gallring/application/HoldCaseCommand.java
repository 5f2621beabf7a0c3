package se.jamtland.unit.gallring.application;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import se.jamtland.unit.gallring.model.LegalHoldReason;

/** Put a case on hold: why, from the fixed list (no free text, so no identity travels with a hold). */
@Serdeable
public record HoldCaseCommand(
        @Nullable @NotNull(message = "Ange skäl: DOCUMENT_REQUEST, COMPLAINT eller SUPERVISION.") LegalHoldReason reason) {
}
