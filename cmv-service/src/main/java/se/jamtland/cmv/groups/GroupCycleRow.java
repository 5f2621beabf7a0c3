package se.jamtland.cmv.groups;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;

@MappedEntity("group_cycle")
public record GroupCycleRow(@Id @GeneratedValue @Nullable Long id, String insats, LocalDate startDate,
                            int plannedSessions, String catalogVersion, Instant createdAt) {
}
