package se.jamtland.unit.cases.application;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import se.jamtland.events.Channel;
import se.jamtland.unit.vocabulary.SessionKind;

import java.time.LocalDate;

/** A session held: its date, kind and channel, and how many took part (a family, a couple); no names. */
@Serdeable
public record RecordSessionCommand(
        @Nullable LocalDate date,
        @Nullable @Schema(nullable = false, requiredMode = Schema.RequiredMode.NOT_REQUIRED) SessionKind kind,
        @Nullable @Schema(nullable = false, requiredMode = Schema.RequiredMode.NOT_REQUIRED) Channel channel,
        @Nullable @Min(value = 1, message = "Minst 1.") @Max(value = 30, message = "Högst 30.") Integer participantCount) {
}
