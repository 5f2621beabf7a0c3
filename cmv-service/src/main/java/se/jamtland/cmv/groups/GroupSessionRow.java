package se.jamtland.cmv.groups;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;

/** A group session: the date and how many took part; no participant is ever named (14 kap. 4 § SoL). */
@MappedEntity("group_session")
public record GroupSessionRow(@Id @GeneratedValue @Nullable Long id, long groupId, LocalDate sessionDate,
                              int participantCount, Instant recordedAt) {
}
