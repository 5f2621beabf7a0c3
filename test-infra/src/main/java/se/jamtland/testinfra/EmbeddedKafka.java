package se.jamtland.testinfra;

import kafka.server.BrokerServer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

import java.nio.file.Path;
import java.util.Map;

/**
 * A real in-JVM Kafka 4.x broker in KRaft mode (one combined broker + controller node), from Kafka's own
 * test kit. Starts in about a second.
 */
public final class EmbeddedKafka implements KafkaBroker {

    private final KafkaClusterTestKit cluster;

    private EmbeddedKafka(KafkaClusterTestKit cluster) {
        this.cluster = cluster;
    }

    public static EmbeddedKafka start(Path workDir) {
        return start(workDir, Map.of());
    }

    /**
     * @param brokerConfig broker settings on top of this class's own, e.g. a shorter
     *                     {@code broker.session.timeout.ms} for a bench that restarts the broker many times (a
     *                     restarted broker can register again only once its old session has expired)
     */
    public static EmbeddedKafka start(Path workDir, Map<String, String> brokerConfig) {
        try {
            TestKitNodes nodes = new TestKitNodes.Builder()
                    .setCombined(true)
                    .setNumBrokerNodes(1)
                    .setNumControllerNodes(1)
                    .setBaseDirectory(workDir)
                    .build();
            KafkaClusterTestKit.Builder builder = new KafkaClusterTestKit.Builder(nodes)
                    // One broker: internal topics cannot have more replicas than that.
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .setConfigProp("transaction.state.log.replication.factor", "1")
                    .setConfigProp("transaction.state.log.min.isr", "1")
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    .setConfigProp("auto.create.topics.enable", "true")
                    .setConfigProp("num.partitions", "3")
                    // county.activity.v1 as deployed (activity-events' README): a record stays at most a day in
                    // the open segment and 7 days after it, statistics-service's redelivery window of 8 days; the
                    // record's own (day) timestamp is kept, never the broker's append time to the millisecond.
                    .setConfigProp("log.retention.hours", "168")
                    .setConfigProp("log.roll.hours", "24")
                    .setConfigProp("log.message.timestamp.type", "CreateTime");
            brokerConfig.forEach(builder::setConfigProp);
            KafkaClusterTestKit cluster = builder.build();
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
            return new EmbeddedKafka(cluster);
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("Embedded Kafka did not start in " + workDir, e);
        }
    }

    /**
     * Shuts the broker down for real (its listener closes, clients get "connection refused"), while the KRaft
     * controller and the log directory stay; {@link #startBroker()} brings it back on the same port, so clients
     * configured with {@link #bootstrapServers()} reconnect by themselves. For fault benches: a restart that an
     * unreachable address only simulates.
     */
    public void stopBroker() {
        cluster.brokers().values().forEach(BrokerServer::shutdown);
    }

    /** Starts the broker {@link #stopBroker()} shut down and waits until it serves requests again. */
    public void startBroker() {
        try {
            cluster.brokers().values().forEach(BrokerServer::startup);
            cluster.waitForReadyBrokers();
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("Embedded Kafka broker did not start again", e);
        }
    }

    @Override
    public String bootstrapServers() {
        return cluster.bootstrapServers();
    }

    @Override
    public String description() {
        return "embedded Kafka (KRaft, in-JVM) at " + bootstrapServers();
    }

    @Override
    public void close() {
        try {
            cluster.close();
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("Embedded Kafka did not stop cleanly", e);
        }
    }

    @Override
    public String toString() {
        return description();
    }
}
