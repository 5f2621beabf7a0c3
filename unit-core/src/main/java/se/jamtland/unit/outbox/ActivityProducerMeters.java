package se.jamtland.unit.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import jakarta.annotation.PreDestroy;
import org.apache.kafka.clients.producer.Producer;

/**
 * The outbox producer's own Kafka client meters (kafka_producer_*, labelled client_id {@code outbox-<unit>}):
 * issue 16 §2's "Kafka client" for the units. Bound at start-up, so the first scrape has them.
 */
@Context
@Requires(property = "kafka.bootstrap.servers")
class ActivityProducerMeters {

    private final KafkaClientMetrics metrics;

    ActivityProducerMeters(Producer<String, String> producer, MeterRegistry registry) {
        this.metrics = new KafkaClientMetrics(producer);
        metrics.bindTo(registry);
    }

    @PreDestroy
    void close() {
        metrics.close();
    }
}
