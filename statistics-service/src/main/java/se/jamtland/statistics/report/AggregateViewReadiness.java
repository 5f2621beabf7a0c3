package se.jamtland.statistics.report;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Readiness;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

/** Not ready until the aggregates are in memory: a replica that is still loading gets no questions. */
@Singleton
@Readiness
public class AggregateViewReadiness implements HealthIndicator {

    private final AggregateReader aggregates;

    public AggregateViewReadiness(AggregateReader aggregates) {
        this.aggregates = aggregates;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        return Publishers.just(HealthResult.builder("aggregates",
                aggregates.loaded() ? HealthStatus.UP : HealthStatus.DOWN).build());
    }
}
