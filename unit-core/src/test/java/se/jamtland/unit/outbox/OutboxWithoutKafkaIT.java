package se.jamtland.unit.outbox;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import se.jamtland.events.ActivityEvent;
import se.jamtland.testinfra.TestInfrastructure;
import se.jamtland.testsupport.TopicReader;
import se.jamtland.unit.UnitApplication;
import se.jamtland.unit.testing.UnitServiceTestBase;
import se.jamtland.unit.testing.UnitTestProperties;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Kafka is down while staff register: registration goes on, the events wait in the outbox, and a relay
 * that reaches a broker later (here a second instance of the service on the same database) publishes every
 * one of them. Nothing is lost and nothing blocks.
 */
@MicronautTest(environments = "unit", transactional = false)
class OutboxWithoutKafkaIT extends UnitServiceTestBase {

    OutboxWithoutKafkaIT() {
        super("cmv", "unit_core_no_kafka");
    }

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("kafka.bootstrap.servers", UnitTestProperties.nowhere().replace("http://", ""),
                "outbox.relay.interval", "50ms");
    }

    @Test
    void registration_succeeds_while_kafka_is_down_and_the_backlog_drains_when_a_broker_is_back() {
        for (int i = 0; i < 5; i++) {
            String caseCode = api.post("/cases", "{\"insats\":\"cmv-kast\",\"startDate\":\"2025-09-01\",\"age\":40}")
                    .text("caseCode");
            assertThat(api.post("/cases/" + caseCode + "/sessions", "{\"date\":\"2025-09-02\"}").status())
                    .isEqualTo(201);
        }
        assertThat(pendingRows()).isEqualTo(10);

        Map<String, Object> secondInstance = new HashMap<>(getProperties());
        secondInstance.put("kafka.bootstrap.servers", TestInfrastructure.kafka().bootstrapServers());
        Set<String> eventIds = db.rows("SELECT event_id FROM outbox").stream()
                .map(row -> row.get("event_id").toString()).collect(Collectors.toSet());
        try (ApplicationContext relay = ApplicationContext.run(secondInstance, UnitApplication.ENVIRONMENT)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> pendingRows() == 0);
        }

        List<ConsumerRecord<String, String>> records = TopicReader.readUntil(
                TestInfrastructure.kafka().bootstrapServers(), ActivityEvent.TOPIC,
                read -> countOurs(read, eventIds) >= eventIds.size(), Duration.ofSeconds(20));
        assertThat(countOurs(records, eventIds)).isEqualTo(eventIds.size());
    }

    private static long countOurs(List<ConsumerRecord<String, String>> records, Set<String> eventIds) {
        return records.stream().filter(record -> eventIds.stream().anyMatch(record.value()::contains)).count();
    }

    private long pendingRows() {
        return ((Number) db.rows("SELECT COUNT(*) AS n FROM outbox WHERE sent_at IS NULL").get(0).get("n")).longValue();
    }
}
