package se.jamtland.statistics.consumer;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** An event id already counted: the same event delivered again changes nothing. */
@MappedEntity("processed_event")
public record ProcessedEventRow(@Id String eventId, Instant processedAt) {
}
