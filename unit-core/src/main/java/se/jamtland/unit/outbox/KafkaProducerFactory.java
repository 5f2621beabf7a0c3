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
import se.jamtland.runtime.kafka.KafkaClientSettings;

import java.util.Map;

@Factory
@Requires(property = "kafka.bootstrap.servers")
class KafkaProducerFactory {

    /**
     * acks=all and idempotence set explicitly: an acknowledged event is on every in-sync replica, and a retry
     * never duplicates it within a producer session. Short blocking limits keep a relay round bounded while the
     * broker is away. The broker's security settings (KAFKA_SECURITY_PROTOCOL, SASL, trust store) are
     * service-runtime's KafkaClientSettings (issue 16 §1).
     */
    @Singleton
    @Bean(preDestroy = "close")
    Producer<String, String> activityProducer(@Property(name = "kafka.bootstrap.servers") String bootstrap,
                                              KafkaClientSettings security) {
        return new KafkaProducer<>(security.over(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5,
                ProducerConfig.LINGER_MS_CONFIG, 5,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 3000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 4000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 9000,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class)));
    }
}
