package se.jamtland.unit.cases.application;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import se.jamtland.events.ClosureReason;

import java.time.LocalDate;

@Serdeable
public record CloseCaseCommand(
        @Nullable LocalDate date,
        @NotNull(message = "Ange skäl: COMPLETED, DISCONTINUED eller REFERRED.") ClosureReason reason) {
}
