package se.jamtland.gateway.upstream;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Every configured upstream with its circuit breaker, by name. */
@Singleton
public class Upstreams {

    public static final String ELIGIBILITY = "eligibility";
    public static final String STATISTICS = "statistics";

    public record Upstream(UpstreamConfiguration configuration, CircuitBreaker circuit) {

        public String name() {
            return configuration.getName();
        }
    }

    private final Map<String, Upstream> byName;

    public Upstreams(List<UpstreamConfiguration> configurations,
                     @Value("${gateway.circuit.failures-to-open:5}") int failuresToOpen,
                     @Value("${gateway.circuit.open-for:15s}") Duration openFor) {
        configurations.forEach(configuration -> {
            if (configuration.getUrl() == null) {
                throw new IllegalStateException("gateway.upstreams." + configuration.getName() + ".url is not set");
            }
        });
        this.byName = configurations.stream().collect(Collectors.toUnmodifiableMap(UpstreamConfiguration::getName,
                configuration -> new Upstream(configuration, new CircuitBreaker(failuresToOpen, openFor))));
    }

    public Optional<Upstream> named(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** An upstream the gateway cannot work without: a missing one is a mistake in its configuration. */
    public Upstream required(String name) {
        return named(name).orElseThrow(() -> new IllegalStateException("gateway.upstreams." + name + " is not set"));
    }

}
