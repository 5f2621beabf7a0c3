package se.jamtland.statistics.consumer;

/**
 * Published by the consumer after a batch is committed to the aggregates, so that this replica's in-memory
 * aggregates (report/AggregateReader) read what changed at once rather than at their next poll.
 */
public record AggregatesCounted() {
}
