package se.jamtland.unit.outbox;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * One event waiting for (or kept after) the relay.
 *
 * @param traceparent the writing request's span as a W3C traceparent (V10), or null when nothing was traced
 */
@MappedEntity("outbox")
public record OutboxRow(@Id @GeneratedValue @Nullable Long id, String eventId, String messageKey, String payload,
                        Instant createdAt, @Nullable Instant sentAt, @Nullable String traceparent) {
}
