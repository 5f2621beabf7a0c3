package se.jamtland.runtime.kafka;

import io.micronaut.core.value.PropertyResolver;
import jakarta.inject.Singleton;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How the suite's raw Kafka clients (unit-core's outbox producer, statistics' consumer and its dead-letter
 * producer) reach a secured broker (issue 16 §1; k8s/README: Strimzi's TLS listener with SCRAM-SHA-512): the
 * client settings below, each from the property Micronaut maps its environment variable onto, e.g.
 * {@code KAFKA_SASL_JAAS_CONFIG} onto {@code kafka.sasl.jaas.config}. The one place that reads them, so every
 * client connects alike. A setting that is not given is left to Kafka's default (PLAINTEXT, no SASL); production
 * must name the protocol (suite.required-settings). The values include the JAAS password: this class never
 * prints one (its toString names the settings only), and nothing else may log {@link #over}'s result.
 */
@Singleton
public final class KafkaClientSettings {

    /** Kafka's client setting → the property it is read from. */
    static final Map<String, String> FROM_PROPERTY = orderedSettings();

    private final Map<String, String> given;

    public KafkaClientSettings(PropertyResolver properties) {
        Map<String, String> found = new LinkedHashMap<>();
        FROM_PROPERTY.forEach((setting, property) -> properties.get(property, String.class)
                .filter(value -> !value.isBlank())
                .ifPresent(value -> found.put(setting, value)));
        this.given = Collections.unmodifiableMap(found);
    }

    private static Map<String, String> orderedSettings() {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String setting : new String[]{"security.protocol", "sasl.mechanism", "sasl.jaas.config",
                "ssl.truststore.type", "ssl.truststore.certificates"}) {
            settings.put(setting, "kafka." + setting);
        }
        return Collections.unmodifiableMap(settings);
    }

    /** A client's own configuration with the security settings added (they are the broker's; they win). */
    public Map<String, Object> over(Map<String, Object> clientConfig) {
        Map<String, Object> config = new HashMap<>(clientConfig);
        config.putAll(given);
        return config;
    }

    @Override
    public String toString() {
        return "KafkaClientSettings" + given.keySet();
    }
}
