package se.jamtland.testinfra;

import org.testcontainers.kafka.KafkaContainer;

/** Kafka (KRaft) in a Testcontainers container, used where a Docker engine is available. */
final class ContainerKafka implements KafkaBroker {

    static final String IMAGE = "apache/kafka:4.1.1";

    private final KafkaContainer container;

    private ContainerKafka(KafkaContainer container) {
        this.container = container;
    }

    static ContainerKafka start() {
        KafkaContainer container = new KafkaContainer(IMAGE);
        container.start();
        return new ContainerKafka(container);
    }

    @Override
    public String bootstrapServers() {
        return container.getBootstrapServers();
    }

    @Override
    public String description() {
        return "Testcontainers Kafka (" + IMAGE + ")";
    }

    @Override
    public void close() {
        container.stop();
    }

    @Override
    public String toString() {
        return description();
    }
}
