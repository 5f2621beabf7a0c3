package se.jamtland.runtime;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.annotation.Order;
import io.micronaut.core.order.Ordered;
import jakarta.annotation.PostConstruct;

/**
 * A service whose YAML files were not read must not start: without SnakeYAML on its runtime classpath Micronaut
 * skips every {@code application*.yml} without a word, and the service would run with no security rules, rate
 * limits, body caps or upstreams of its own (the gateway did, from its jar, until a contract check caught it).
 * The shared file sets {@code suite.service-configuration}: if it was read, YAML is read, the service's own files
 * too. Checked before any other eager bean, whose own missing setting would otherwise hide the cause.
 */
@Context
@Order(Ordered.HIGHEST_PRECEDENCE)
@Requires(env = ServiceEnvironment.NAME)
public class ConfigurationFilesRead {

    static final String SHARED_MARKER = "suite.service-configuration";

    private final Environment environment;

    public ConfigurationFilesRead(Environment environment) {
        this.environment = environment;
    }

    @PostConstruct
    void check() {
        if (!environment.containsProperty(SHARED_MARKER)) {
            throw new ConfigurationException("The service's configuration files (application.yml, "
                    + "application-service.yml) were not read: is org.yaml:snakeyaml on its runtime classpath?");
        }
    }
}
