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
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The fault benches stop the embedded servers for real and start them again; both must come back whole. */
class EmbeddedRestartIT {

    @Test
    void a_stopped_broker_refuses_connections_and_serves_its_records_again_on_the_same_port(@TempDir Path dir)
            throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dir, Map.of("broker.session.timeout.ms", "3000",
                "broker.heartbeat.interval.ms", "500"))) {
            String bootstrap = kafka.bootstrapServers();
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                    ProducerConfig.ACKS_CONFIG, "all",
                    ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                    ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
                producer.send(new ProducerRecord<>("restart", "cmv", "before")).get();
            }

            kafka.stopBroker();
            assertThatThrownBy(() -> connect(bootstrap)).isInstanceOf(ConnectException.class);
            kafka.startBroker();

            assertThat(kafka.bootstrapServers()).isEqualTo(bootstrap);
            assertThat(valuesIn(bootstrap, "restart")).containsExactly("before");
        }
    }

    @Test
    void a_stopped_mariadb_refuses_connections_and_keeps_its_rows_for_its_restart(@TempDir Path dir)
            throws Exception {
        try (EmbeddedMariaDb mariaDb = EmbeddedMariaDb.start(dir, 0)) {
            String url = mariaDb.createDatabase("restart_test");
            try (Connection connection = DriverManager.getConnection(url, mariaDb.username(), mariaDb.password());
                 Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE kept (id INT PRIMARY KEY)");
                statement.execute("INSERT INTO kept VALUES (7)");
            }

            mariaDb.stopServer();
            assertThatThrownBy(() -> connect("127.0.0.1:" + mariaDb.port())).isInstanceOf(ConnectException.class);
            mariaDb.startAgain();

            try (Connection connection = DriverManager.getConnection(url, mariaDb.username(), mariaDb.password());
                 ResultSet rows = connection.createStatement().executeQuery("SELECT id FROM kept")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getInt(1)).isEqualTo(7);
            }
        }
    }

    private static void connect(String hostAndPort) throws IOException {
        int colon = hostAndPort.lastIndexOf(':');
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(hostAndPort.substring(0, colon),
                    Integer.parseInt(hostAndPort.substring(colon + 1))), 2000);
        }
    }

    private static List<String> valuesIn(String bootstrap, String topic) {
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "restart-check",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (values.isEmpty() && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    values.add(record.value());
                }
            }
        }
        return values;
    }
}
