package se.jamtland.unit.outbox;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("outbox")
public record OutboxRow(@Id @GeneratedValue @Nullable Long id, String eventId, String messageKey, String payload,
                        Instant createdAt, @Nullable Instant sentAt) {
}
