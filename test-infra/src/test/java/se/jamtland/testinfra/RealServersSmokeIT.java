package se.jamtland.testinfra;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class RealServersSmokeIT {

    @Test
    void a_row_written_to_mariadb_is_read_back_from_the_same_database() throws Exception {
        DatabaseServer server = TestInfrastructure.mariaDb();
        String url = server.createDatabase("smoke_test");

        try (Connection connection = DriverManager.getConnection(url, server.username(), server.password());
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS smoke (id INT PRIMARY KEY, word VARCHAR(20))");
            statement.execute("REPLACE INTO smoke VALUES (1, 'länet')");
            try (ResultSet rows = statement.executeQuery("SELECT word, VERSION() FROM smoke WHERE id = 1")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("länet");
                assertThat(rows.getString(2)).containsIgnoringCase("mariadb");
            }
        }
    }

    @Test
    void a_database_server_given_by_url_is_used_as_an_external_server() throws Exception {
        DatabaseServer running = TestInfrastructure.mariaDb();
        DatabaseServer external = ExternalServers.database(running.serverUrl().replaceAll("/$", ""));

        String url = external.createDatabase("smoke_external");
        try (Connection connection = DriverManager.getConnection(url, running.username(), running.password());
             ResultSet rows = connection.createStatement().executeQuery("SELECT DATABASE()")) {
            rows.next();
            assertThat(rows.getString(1)).isEqualTo("smoke_external");
        }
    }

    @Test
    void a_record_produced_to_kafka_is_consumed_back() {
        String bootstrap = TestInfrastructure.kafka().bootstrapServers();
        String topic = "smoke-" + UUID.randomUUID();

        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            producer.send(new ProducerRecord<>(topic, "cmv", "hello")).get();
        } catch (Exception e) {
            throw new AssertionError("record was not acknowledged by the broker", e);
        }

        List<ConsumerRecord<String, String>> received = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "smoke-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plusSeconds(30);
            while (received.isEmpty() && Instant.now().isBefore(deadline)) {
                consumer.poll(Duration.ofMillis(200)).forEach(received::add);
            }
        }

        assertThat(received).singleElement().satisfies(record -> {
            assertThat(record.key()).isEqualTo("cmv");
            assertThat(record.value()).isEqualTo("hello");
        });
    }
}
