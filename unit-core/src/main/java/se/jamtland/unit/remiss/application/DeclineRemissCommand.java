package se.jamtland.unit.remiss.application;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;

/** Declining a remiss, with a reason from the fixed list (issue 12): a code, so no free text goes back. */
@Serdeable
public record DeclineRemissCommand(@NotNull(message = "Ange ett skäl ur listan.") DeclineReason reason) {
}
