package se.jamtland.statistics.consumer;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDate;

/**
 * An event id already counted, and the Swedish day it was: the same event delivered again within the redelivery
 * window changes nothing. No finer time is kept (issue 11).
 */
@MappedEntity("processed_event")
public record ProcessedEventRow(@Id String eventId, LocalDate processedOn) {
}
