package se.jamtland.unit.outbox;

import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import se.jamtland.events.ActivityEvent;
import se.jamtland.events.SwedishDay;
import se.jamtland.runtime.trace.TraceContext;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One relay round, in one transaction: lock pending rows, publish them, mark them sent. If the broker does not
 * acknowledge every row, the transaction rolls back and the rows wait for the next round; a row published but
 * not marked (a crash in between) is published again, and the consumer's event-id check makes that harmless.
 */
@Singleton
@Requires(property = "kafka.bootstrap.servers")
public class OutboxBatch {

    private final OutboxRepository outbox;
    private final Producer<String, String> producer;
    private final int batchSize;
    private final Duration ackTimeout;
    private final Clock clock;

    public OutboxBatch(OutboxRepository outbox, Producer<String, String> producer,
                       @Property(name = "outbox.relay.batch-size", defaultValue = "200") int batchSize,
                       @Property(name = "outbox.relay.ack-timeout", defaultValue = "10s") Duration ackTimeout,
                       Clock clock) {
        this.outbox = outbox;
        this.producer = producer;
        this.batchSize = batchSize;
        this.ackTimeout = ackTimeout;
        this.clock = clock;
    }

    /**
     * READ COMMITTED: the pending rows are locked, but no gap after them, so intake can go on inserting outbox
     * rows while a round waits on a slow or absent broker (under REPEATABLE READ the next-key lock stalled it).
     *
     * @return how many rows were published
     */
    @Transactional(isolation = TransactionDefinition.Isolation.READ_COMMITTED)
    public int relay() throws InterruptedException, ExecutionException, TimeoutException {
        List<OutboxRow> pending = outbox.lockPending(batchSize);
        if (pending.isEmpty()) {
            return 0;
        }
        // The record's timestamp is the day of sending, not the producer's default send time to the millisecond
        // (issue 11: nothing finer than the day). Sending day, not the event's own day: the topic's retention
        // counts from it, and a row that waited out a long broker outage must not look older than it is. The only
        // header is the writing request's traceparent, when it had one (issue 16 §2): ids, nothing of the event;
        // the topic keeps CreateTime, so the broker does not stamp its append time either (activity-events' README).
        long sendingDay = SwedishDay.startOf(clock.instant()).toEpochMilli();
        List<Future<RecordMetadata>> acks = new ArrayList<>(pending.size());
        for (OutboxRow row : pending) {
            ProducerRecord<String, String> record = new ProducerRecord<>(ActivityEvent.TOPIC, null, sendingDay,
                    row.messageKey(), row.payload());
            if (row.traceparent() != null) {
                record.headers().add(TraceContext.HEADER, row.traceparent().getBytes(StandardCharsets.US_ASCII));
            }
            Future<RecordMetadata> ack = producer.send(record);
            if (ack.isDone()) {
                // Failed at once (no broker within max.block.ms): end the round now, not after every row has waited.
                ack.get();
            }
            acks.add(ack);
        }
        long deadline = System.nanoTime() + ackTimeout.toNanos();
        for (Future<RecordMetadata> ack : acks) {
            ack.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        }
        outbox.markSent(pending.stream().map(OutboxRow::id).toList(), clock.instant());
        return pending.size();
    }

    @Transactional
    public int purgeSentBefore(java.time.Instant before) {
        return outbox.purgeSentBefore(before);
    }
}
