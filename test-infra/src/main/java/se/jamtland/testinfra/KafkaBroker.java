package se.jamtland.testinfra;

/** A running Kafka broker (KRaft), reachable on {@link #bootstrapServers()}. */
public interface KafkaBroker extends AutoCloseable {

    String bootstrapServers();

    /** Where the broker came from (external, container, embedded), for start-up messages. */
    String description();

    @Override
    void close();
}
