package se.jamtland.statistics.consumer;

import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Readiness;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.reactivestreams.Publisher;
import se.jamtland.runtime.kafka.KafkaClientSettings;

import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A counting replica is ready only while it reaches Kafka (issue 16 §2: readiness includes Kafka where it is
 * used). The probe reads the last check's result; the check itself, one describeCluster with a short timeout, runs
 * on the scheduler every {@code statistics.consumer.kafka-check-interval}, so a probe never waits on the broker
 * and probes cannot multiply the calls. Not in liveness: a broker outage must not restart the pods.
 */
@Singleton
@Readiness
@Requires(property = "statistics.consumer.enabled", notEquals = "false")
public class KafkaReadiness implements HealthIndicator {

    private static final int TIMEOUT_MS = 2000;

    private final Admin admin;
    /** Not ready until the first check has answered. */
    private volatile boolean reachable;

    public KafkaReadiness(@Property(name = "kafka.bootstrap.servers") String bootstrap,
                          KafkaClientSettings security) {
        // The same broker security as the consumer's (issue 16 §1): in the cluster a plain client gets no answer,
        // and this replica would never be ready.
        this.admin = Admin.create(security.over(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.CLIENT_ID_CONFIG, ActivityConsumer.CLIENT_ID_PREFIX + "readiness",
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, TIMEOUT_MS,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, TIMEOUT_MS)));
    }

    @Scheduled(fixedDelay = "${statistics.consumer.kafka-check-interval:10s}")
    void check() {
        try {
            admin.describeCluster(new DescribeClusterOptions().timeoutMs(TIMEOUT_MS)).clusterId()
                    .get(TIMEOUT_MS + 500L, TimeUnit.MILLISECONDS);
            reachable = true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            reachable = false;
        } catch (Exception e) {
            reachable = false;
        }
    }

    @Override
    public Publisher<HealthResult> getResult() {
        return Publishers.just(HealthResult.builder("kafka", reachable ? HealthStatus.UP : HealthStatus.DOWN)
                .build());
    }

    @PreDestroy
    void close() {
        admin.close();
    }
}
