package se.jamtland.statistics.consumer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.context.event.ShutdownEvent;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.event.annotation.EventListener;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.jamtland.events.ActivityEvent;
import se.jamtland.events.InvalidActivityEventException;
import se.jamtland.events.SwedishDay;
import se.jamtland.runtime.trace.TraceContext;
import se.jamtland.runtime.metrics.SuiteMeters;
import se.jamtland.runtime.kafka.KafkaClientSettings;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The county's consumer of {@code county.activity.v1}, as its own consumer group. Offsets are committed only
 * after the database commit; a message that cannot be read or breaks the contract goes to the dead-letter
 * topic and never blocks its partition. A database failure is retried a bounded number of times, then the
 * batch is counted event by event so one bad event cannot hold back the others. An event is dead-lettered only
 * when it fails while the database answers: with the database away (stopped, restarted, unreachable) nothing
 * is dead-lettered, the offsets stay uncommitted and the consumer reads the batch again until it is back, since
 * the dead-letter topic keeps only the event id and an event sent there is no longer counted (the fault soak's
 * long MariaDB outage lost two events that way). After each batch it tells this replica's in-memory aggregates
 * ({@link AggregatesCounted}). {@code statistics.consumer.enabled: false} makes a replica that only answers: it
 * sees what the others count through the aggregates' revision (V6). Each event is counted in a CONSUMER span, child
 * of the {@code traceparent} header the unit's relay sent (issue 16 §2), so the trace that began at a case system
 * or a staff member's request ends here.
 */
@Singleton
@Requires(property = "statistics.consumer.enabled", notEquals = "false")
public class ActivityConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(ActivityConsumer.class);
    private static final int DATABASE_ATTEMPTS = 3;
    /** Every client of this consumer's is named so (k8s/base/monitoring.yaml selects {@code county-statistics.*}). */
    static final String CLIENT_ID_PREFIX = SuiteMeters.STATISTICS_KAFKA_CLIENT_PREFIX;

    private final CountingEvents counting;
    private final ApplicationEventPublisher<AggregatesCounted> counted;
    private final JsonMapper json;
    private final String bootstrap;
    private final String groupId;
    private final String deadLetterTopic;
    /** The broker's security settings, for both clients (issue 16 §1). */
    private final KafkaClientSettings security;
    private final Clock clock;
    private final Tracer tracer;
    private final MeterRegistry registry;
    private final Counter eventsCounted;
    private final Counter deadLettered;
    private volatile boolean running;
    private volatile KafkaConsumer<String, String> consumer;
    private Thread thread;

    public ActivityConsumer(CountingEvents counting, ApplicationEventPublisher<AggregatesCounted> counted,
                            JsonMapper json,
                            @Property(name = "kafka.bootstrap.servers") String bootstrap,
                            @Property(name = "statistics.consumer.group-id") String groupId,
                            @Property(name = "statistics.consumer.dead-letter-topic") String deadLetterTopic,
                            KafkaClientSettings security, Clock clock, Tracer tracer, MeterRegistry registry) {
        this.counting = counting;
        this.tracer = tracer;
        this.counted = counted;
        this.json = json;
        this.bootstrap = bootstrap;
        this.groupId = groupId;
        this.deadLetterTopic = deadLetterTopic;
        this.security = security;
        this.clock = clock;
        this.registry = registry;
        // Issue 16 §2: counted events and dead letters, no labels (monitoring.yaml's ActivityEventsInDeadLetterTopic).
        this.eventsCounted = Counter.builder(SuiteMeters.STATISTICS_EVENTS_COUNTED)
                .description("Activity events counted (a redelivered event is not counted again)").register(registry);
        this.deadLettered = Counter.builder(SuiteMeters.STATISTICS_DEAD_LETTER_RECORDS)
                .description("Records sent to the dead-letter topic").register(registry);
    }

    @EventListener
    void onStartup(StartupEvent started) {
        running = true;
        thread = new Thread(this::run, "activity-consumer");
        thread.setDaemon(true);
        thread.start();
    }

    @EventListener
    void onShutdown(ShutdownEvent stopping) {
        running = false;
        KafkaConsumer<String, String> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        if (thread != null) {
            try {
                thread.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run() {
        while (running) {
            try (KafkaConsumer<String, String> kafka = new KafkaConsumer<>(consumerConfig());
                 KafkaProducer<String, String> deadLetters = new KafkaProducer<>(producerConfig());
                 // The clients' own meters, lag among them (kafka_consumer_fetch_manager_records_lag_max), for as
                 // long as these clients live; the next round's clients bind theirs.
                 KafkaClientMetrics consumerMeters = bound(new KafkaClientMetrics(kafka));
                 KafkaClientMetrics producerMeters = bound(new KafkaClientMetrics(deadLetters))) {
                consumer = kafka;
                kafka.subscribe(List.of(ActivityEvent.TOPIC));
                while (running) {
                    ConsumerRecords<String, String> records = kafka.poll(Duration.ofMillis(200));
                    if (!records.isEmpty()) {
                        process(records, deadLetters);
                        counted.publishEvent(new AggregatesCounted());
                        // Only now: everything in the batch is committed to the database or dead-lettered.
                        kafka.commitSync();
                    }
                }
            } catch (WakeupException stopping) {
                // Shutdown.
            } catch (RuntimeException e) {
                // Uncommitted offsets are read again after the restart, and counted once thanks to the event ids.
                LOG.warn("activity consumer failed ({}); restarting", e.getClass().getSimpleName());
                pause();
            }
        }
    }

    private void process(ConsumerRecords<String, String> records, KafkaProducer<String, String> deadLetters) {
        List<Span> spans = new ArrayList<>(records.count());
        try {
            List<ActivityEvent> events = new ArrayList<>();
            for (ConsumerRecord<String, String> record : records) {
                Span span = countingSpan(record);
                spans.add(span);
                try {
                    events.add(json.readValue(record.value(), ActivityEvent.class));
                } catch (Exception unreadable) {
                    span.setStatus(StatusCode.ERROR);
                    deadLetter(deadLetters, record, InvalidActivityEventException.findIn(unreadable)
                            .map(invalid -> "invalid field " + invalid.field())
                            .orElse("unreadable: " + unreadable.getClass().getSimpleName()));
                }
            }
            count(events, deadLetters);
        } catch (RuntimeException e) {
            spans.forEach(span -> span.setStatus(StatusCode.ERROR));
            throw e;
        } finally {
            // The batch is counted (or dead-lettered) together: each event's span ends when its batch is done.
            spans.forEach(Span::end);
        }
    }

    /**
     * Issue 16 §2: the event's span, child of the traceparent on its record (a trace of its own without a valid
     * one), named by the topic. No key, partition, offset or anything of the event: only which topic and what for.
     */
    private Span countingSpan(ConsumerRecord<String, String> record) {
        Header traceparent = record.headers().lastHeader(TraceContext.HEADER);
        Context parent = traceparent == null ? Context.root()
                : TraceContext.parse(new String(traceparent.value(), StandardCharsets.US_ASCII))
                .map(TraceContext::asParent).orElse(Context.root());
        return tracer.spanBuilder("process " + record.topic()).setSpanKind(SpanKind.CONSUMER).setParent(parent)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.destination.name", record.topic())
                .setAttribute("messaging.operation.name", "process")
                .setAttribute("messaging.operation.type", "process")
                .startSpan();
    }

    private void count(List<ActivityEvent> events, KafkaProducer<String, String> deadLetters) {
        for (int attempt = 1; attempt <= DATABASE_ATTEMPTS; attempt++) {
            try {
                eventsCounted.increment(counting.count(events));
                return;
            } catch (RuntimeException e) {
                LOG.warn("counting a batch failed (attempt {} of {}): {}", attempt, DATABASE_ATTEMPTS,
                        e.getClass().getSimpleName());
                pause();
            }
        }
        requireDatabase();
        for (ActivityEvent event : events) {
            try {
                eventsCounted.increment(counting.count(List.of(event)));
            } catch (RuntimeException e) {
                requireDatabase();
                deadLetters.send(new ProducerRecord<>(deadLetterTopic, null, today(), event.key(), event.id()));
                deadLettered.increment();
                LOG.warn("event {} could not be counted and was dead-lettered", event.id());
            }
        }
    }

    /** Ends this round without committing offsets when the database is away: the batch is read again later. */
    private void requireDatabase() {
        if (!counting.databaseAnswers()) {
            throw new DatabaseUnavailableException();
        }
    }

    /** The database did not answer; nothing of the batch is dead-lettered or committed. */
    private static final class DatabaseUnavailableException extends RuntimeException {
        DatabaseUnavailableException() {
            super("database unavailable", null, false, false);
        }
    }

    private void deadLetter(KafkaProducer<String, String> deadLetters, ConsumerRecord<String, String> record,
                            String reason) {
        ProducerRecord<String, String> dead = new ProducerRecord<>(deadLetterTopic, null, today(), record.key(),
                record.value());
        dead.headers().add("dlt-reason", reason.getBytes(StandardCharsets.UTF_8));
        dead.headers().add("dlt-source", (record.topic() + "/" + record.partition() + "/" + record.offset())
                .getBytes(StandardCharsets.UTF_8));
        try {
            deadLetters.send(dead).get(10, TimeUnit.SECONDS);
            deadLettered.increment();
        } catch (Exception e) {
            throw new IllegalStateException("dead-letter topic unavailable", e);
        }
        // The message itself is not logged: it is not trusted, and whatever it holds stays in the DLT.
        LOG.warn("message {}/{}/{} dead-lettered: {}", record.topic(), record.partition(), record.offset(), reason);
    }

    /**
     * A dead letter's timestamp: the day, as the relays stamp theirs, not the producer's send time to the
     * millisecond (issue 11).
     */
    private long today() {
        return SwedishDay.startOf(clock.instant()).toEpochMilli();
    }

    private KafkaClientMetrics bound(KafkaClientMetrics meters) {
        meters.bindTo(registry);
        return meters;
    }

    private Map<String, Object> consumerConfig() {
        return security.over(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                // The meters' client_id label (monitoring.yaml's StatisticsConsumerLagGrowing): a fixed word.
                ConsumerConfig.CLIENT_ID_CONFIG, CLIENT_ID_PREFIX + "consumer",
                ConsumerConfig.GROUP_ID_CONFIG, groupId,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class));
    }

    private Map<String, Object> producerConfig() {
        return security.over(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.CLIENT_ID_CONFIG, CLIENT_ID_PREFIX + "dead-letters",
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
    }

    private static void pause() {
        try {
            TimeUnit.MILLISECONDS.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
