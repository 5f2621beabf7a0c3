package se.jamtland.unit.cases.application;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

@Serdeable
public record WriteNoteCommand(
        @Nullable LocalDate date,
        @NotBlank(message = "Anteckningen är tom.") @Size(max = 2000, message = "Högst 2000 tecken.") String text) {

    @Override
    public String toString() {
        return "WriteNoteCommand[****]";
    }
}
