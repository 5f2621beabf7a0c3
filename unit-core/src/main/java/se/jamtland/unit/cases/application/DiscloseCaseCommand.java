package se.jamtland.unit.cases.application;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import se.jamtland.unit.vocabulary.Recipient;

@Serdeable
public record DiscloseCaseCommand(
        @NotNull(message = "Ange mottagare: DATA_SUBJECT, GUARDIAN eller AUTHORITY.") Recipient recipient) {
}
