package se.jamtland.unit.outbox;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import se.jamtland.unit.UnitIdentity;
import se.jamtland.runtime.kafka.KafkaClientSettings;

import java.util.Map;

@Factory
@Requires(property = "kafka.bootstrap.servers")
class KafkaProducerFactory {

    static final String CLIENT_ID_PREFIX = "outbox-";

    /**
     * acks=all and idempotence set explicitly: an acknowledged event is on every in-sync replica, and a retry
     * never duplicates it within a producer session. Short blocking limits keep a relay round bounded while the
     * broker is away. The broker's security settings (KAFKA_SECURITY_PROTOCOL, SASL, trust store) are
     * service-runtime's KafkaClientSettings (issue 16 §1).
     */
    @Singleton
    @Bean(preDestroy = "close")
    Producer<String, String> activityProducer(@Property(name = "kafka.bootstrap.servers") String bootstrap,
                                              UnitIdentity unit, KafkaClientSettings security) {
        return new KafkaProducer<>(security.over(Map.ofEntries(
                Map.entry(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap),
                // The client's meters are labelled with it (client_id): the unit, a fixed word (issue 16 §2).
                Map.entry(ProducerConfig.CLIENT_ID_CONFIG, CLIENT_ID_PREFIX + unit.id()),
                Map.entry(ProducerConfig.ACKS_CONFIG, "all"),
                Map.entry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true),
                Map.entry(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5),
                Map.entry(ProducerConfig.LINGER_MS_CONFIG, 5),
                Map.entry(ProducerConfig.MAX_BLOCK_MS_CONFIG, 3000),
                Map.entry(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 4000),
                Map.entry(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 9000),
                Map.entry(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class),
                Map.entry(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))));
    }
}
