package se.jamtland.cmv.groups;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;

@Serdeable
public record GroupView(long id, String insats, LocalDate startDate, int plannedSessions, int sessionsHeld,
                        String catalogVersion, @JsonInclude(JsonInclude.Include.ALWAYS) List<Session> sessions) {

    @Serdeable
    public record Session(LocalDate date, int participantCount) {
    }
}
