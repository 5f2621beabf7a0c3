package se.jamtland.unit.cases.infrastructure;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import se.jamtland.events.Channel;
import se.jamtland.unit.vocabulary.SessionKind;

import java.time.Instant;
import java.time.LocalDate;

@MappedEntity("case_session")
public record SessionRow(
        @Id @GeneratedValue @Nullable Long id,
        String caseCode,
        LocalDate sessionDate,
        SessionKind kind,
        @Nullable Channel channel,
        @Nullable Integer participantCount,
        Instant recordedAt) {
}
