package se.jamtland.cmv.groups;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

/** Commands of the group feature: starting a cycle and recording one of its sessions. */
public final class GroupCommands {

    private GroupCommands() {
    }

    /** A new group cycle; planned sessions default to the Bilaga's "ca 10 tillfällen". */
    @Serdeable
    public record StartGroupCommand(
            @NotNull(message = "Ange startdatum.") LocalDate startDate,
            @Nullable @Min(value = 1, message = "Minst 1.") @Max(value = 52, message = "Högst 52.")
            Integer plannedSessions) {
    }

    @Serdeable
    public record RecordGroupSessionCommand(
            @NotNull(message = "Ange datum.") LocalDate date,
            @NotNull(message = "Ange antal deltagare.") @Min(value = 1, message = "Minst 1.")
            @Max(value = 30, message = "Högst 30.") Integer participantCount) {
    }
}
