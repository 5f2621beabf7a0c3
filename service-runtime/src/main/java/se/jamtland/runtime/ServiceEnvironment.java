package se.jamtland.runtime;

import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.context.ApplicationContextConfigurer;
import io.micronaut.context.env.PropertySource;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Turns on the environments whose configuration files every service of that kind shares: "service"
 * (application-service.yml: strict JSON, health, the OpenAPI documents) for every HTTP service. A service subclasses
 * it (or access-control's SecuredServiceEnvironment) once, with {@code @ContextConfigurer}; Micronaut then applies
 * it to every context built with that service on the classpath, its Application's and its tests' alike, so no test
 * can run with other configuration than the service.
 */
public abstract class ServiceEnvironment implements ApplicationContextConfigurer {

    public static final String NAME = "service";

    /**
     * Issue 16 §2: the management endpoints' port in production (k8s/README.md, "Metrics contract"), overridden by
     * ENDPOINTS_ALL_PORT. A property source of its own, below every configuration file, and not in
     * application-service.yml: the "service" environment comes after "test" and would win over the test
     * environment's application-test.yml, which takes the port away so that the endpoints stay on the service's
     * port in tests (several test JVMs on one machine, and a random service port Micronaut cannot repeat here).
     */
    public static final String MANAGEMENT_PORT = "endpoints.all.port";
    public static final int DEFAULT_MANAGEMENT_PORT = 9090;
    private static final String MANAGEMENT_PORT_SOURCE = "suite-management-port";
    private static final int BELOW_EVERY_FILE = -1000;

    private final List<String> names;

    /** @param more environments after "service", whose files therefore win where they set the same key */
    protected ServiceEnvironment(String... more) {
        this.names = Stream.concat(Stream.of(NAME), Arrays.stream(more)).toList();
    }

    @Override
    public void configure(ApplicationContextBuilder builder) {
        builder.environments(names.toArray(String[]::new));
        builder.propertySources(PropertySource.of(MANAGEMENT_PORT_SOURCE,
                Map.of(MANAGEMENT_PORT, DEFAULT_MANAGEMENT_PORT), BELOW_EVERY_FILE));
    }
}
