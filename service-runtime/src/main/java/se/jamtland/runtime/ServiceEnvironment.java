package se.jamtland.runtime;

import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.context.ApplicationContextConfigurer;

import java.util.Arrays;
import java.util.List;
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

    private final List<String> names;

    /** @param more environments after "service", whose files therefore win where they set the same key */
    protected ServiceEnvironment(String... more) {
        this.names = Stream.concat(Stream.of(NAME), Arrays.stream(more)).toList();
    }

    @Override
    public void configure(ApplicationContextBuilder builder) {
        builder.environments(names.toArray(String[]::new));
    }
}
