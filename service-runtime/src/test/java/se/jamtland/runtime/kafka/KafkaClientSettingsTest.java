package se.jamtland.runtime.kafka;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class KafkaClientSettingsTest {

    private static KafkaClientSettings settings(Map<String, Object> properties) {
        try (ApplicationContext context = ApplicationContext.run(properties)) {
            return context.getBean(KafkaClientSettings.class);
        }
    }

    @Test
    void the_brokers_security_settings_are_added_to_a_clients_own_and_win() {
        KafkaClientSettings security = settings(Map.of(
                "kafka.security.protocol", "SASL_SSL",
                "kafka.sasl.mechanism", "SCRAM-SHA-512",
                "kafka.sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required;",
                "kafka.ssl.truststore.type", "PEM",
                "kafka.ssl.truststore.certificates", "-----BEGIN CERTIFICATE-----"));

        Map<String, Object> config = security.over(Map.of("bootstrap.servers", "county-kafka:9093",
                "security.protocol", "PLAINTEXT"));

        assertThat(config).containsExactlyInAnyOrderEntriesOf(Map.of(
                "bootstrap.servers", "county-kafka:9093",
                "security.protocol", "SASL_SSL",
                "sasl.mechanism", "SCRAM-SHA-512",
                "sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required;",
                "ssl.truststore.type", "PEM",
                "ssl.truststore.certificates", "-----BEGIN CERTIFICATE-----"));
    }

    @Test
    void a_setting_not_given_is_left_to_kafkas_default() {
        KafkaClientSettings security = settings(Map.of("kafka.security.protocol", "PLAINTEXT"));

        assertThat(security.over(Map.of("bootstrap.servers", "127.0.0.1:9092")))
                .containsExactlyInAnyOrderEntriesOf(Map.of("bootstrap.servers", "127.0.0.1:9092",
                        "security.protocol", "PLAINTEXT"));
    }

    @Test
    void its_description_names_the_settings_and_never_a_value() {
        KafkaClientSettings security = settings(Map.of("kafka.sasl.jaas.config",
                "ScramLoginModule required username=\"cmv-kafka\" password=\"a-planted-secret\";"));

        assertThat(security.toString()).isEqualTo("KafkaClientSettings[sasl.jaas.config]")
                .doesNotContain("a-planted-secret");
    }
}
