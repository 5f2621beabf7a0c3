package se.jamtland.bench;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.RemoveMembersFromConsumerGroupOptions;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bench's view of the broker: the topic's end offsets, the county consumer group's committed offsets, what
 * lies between them, and how much is in the dead-letter topic. Reads only; the one change it makes is removing a
 * killed consumer from its group, see {@link #removeGroupMembers}.
 */
final class KafkaProbe implements AutoCloseable {

    static final String TOPIC = "county.activity.v1";
    static final String DEAD_LETTER_TOPIC = "county.activity.v1.dlt";
    static final String GROUP = "county-statistics";
    /** The event's own id is the first field of its JSON (ActivityEvent's record order). */
    private static final Pattern EVENT_ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final long TIMEOUT_SECONDS = 15;

    private final String bootstrap;
    private final Admin admin;

    KafkaProbe(String bootstrap) {
        this.bootstrap = bootstrap;
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TimeUnit.SECONDS.toMillis(TIMEOUT_SECONDS) / 2,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TimeUnit.SECONDS.toMillis(TIMEOUT_SECONDS)));
    }

    /** Records in the dead-letter topic; 0 while it does not exist (nothing was ever dead-lettered). */
    long deadLetters() throws InterruptedException {
        Map<TopicPartition, Long> earliest = offsets(DEAD_LETTER_TOPIC, OffsetSpec.earliest());
        Map<TopicPartition, Long> latest = offsets(DEAD_LETTER_TOPIC, OffsetSpec.latest());
        return latest.entrySet().stream().mapToLong(e -> e.getValue() - earliest.getOrDefault(e.getKey(), 0L)).sum();
    }

    Map<TopicPartition, Long> endOffsets() throws InterruptedException {
        return offsets(TOPIC, OffsetSpec.latest());
    }

    /** The county group's committed offset per partition of the topic; 0 where it has committed nothing yet. */
    Map<TopicPartition, Long> committedOffsets() throws InterruptedException {
        Map<TopicPartition, Long> committed = new HashMap<>();
        for (TopicPartition partition : endOffsets().keySet()) {
            committed.put(partition, 0L);
        }
        Map<TopicPartition, OffsetAndMetadata> offsets = get(admin.listConsumerGroupOffsets(GROUP)
                .partitionsToOffsetAndMetadata());
        offsets.forEach((partition, offset) -> {
            if (partition.topic().equals(TOPIC) && offset != null) {
                committed.put(partition, offset.offset());
            }
        });
        return committed;
    }

    /** Records the county group has not committed yet. */
    long lag() throws InterruptedException {
        Map<TopicPartition, Long> end = endOffsets();
        Map<TopicPartition, Long> committed = committedOffsets();
        return end.entrySet().stream().mapToLong(e -> e.getValue() - committed.getOrDefault(e.getKey(), 0L)).sum();
    }

    /** The event ids of the records from {@code from} (inclusive) up to {@code to} (exclusive), per partition. */
    Set<String> eventIdsBetween(Map<TopicPartition, Long> from, Map<TopicPartition, Long> to) {
        Set<String> ids = new HashSet<>();
        Map<TopicPartition, Long> wanted = new HashMap<>();
        to.forEach((partition, end) -> {
            if (end > from.getOrDefault(partition, 0L)) {
                wanted.put(partition, end);
            }
        });
        if (wanted.isEmpty()) {
            return ids;
        }
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            consumer.assign(wanted.keySet());
            wanted.keySet().forEach(partition -> consumer.seek(partition, from.getOrDefault(partition, 0L)));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
            while (!wanted.isEmpty() && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    Long end = wanted.get(partition);
                    if (end != null && record.offset() < end) {
                        Matcher id = EVENT_ID.matcher(record.value());
                        if (id.find()) {
                            ids.add(id.group(1));
                        }
                    }
                }
                wanted.keySet().removeIf(partition -> consumer.position(partition) >= wanted.get(partition));
            }
            if (!wanted.isEmpty()) {
                throw new IllegalStateException("could not read " + TOPIC + " up to " + to + " within "
                        + TIMEOUT_SECONDS + " s");
            }
        }
        return ids;
    }

    /**
     * Removes every member of the county group. A consumer killed with SIGKILL never leaves its group, and the
     * broker waits its session timeout (45 s by default) before a restarted one gets the partitions; an operator
     * would do this instead of waiting. It changes when counting resumes, never what is counted: the committed
     * offsets stay as the killed consumer left them.
     */
    void removeGroupMembers() throws InterruptedException {
        get(admin.removeMembersFromConsumerGroup(GROUP, new RemoveMembersFromConsumerGroupOptions()).all());
    }

    private Map<TopicPartition, Long> offsets(String topic, OffsetSpec spec) throws InterruptedException {
        TopicDescription description;
        try {
            description = admin.describeTopics(List.of(topic)).allTopicNames()
                    .get(TIMEOUT_SECONDS, TimeUnit.SECONDS).get(topic);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                return Map.of();
            }
            throw new IllegalStateException("could not describe " + topic, e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("could not describe " + topic + " within " + TIMEOUT_SECONDS + " s", e);
        }
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        description.partitions().forEach(p -> request.put(new TopicPartition(topic, p.partition()), spec));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> answer = get(admin.listOffsets(request).all());
        Map<TopicPartition, Long> offsets = new HashMap<>();
        answer.forEach((partition, info) -> offsets.put(partition, info.offset()));
        return offsets;
    }

    private static <T> T get(org.apache.kafka.common.KafkaFuture<T> future) throws InterruptedException {
        try {
            return future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka admin request failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
