package se.jamtland.testsupport;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.micronaut.core.type.Argument;

import java.util.List;
import java.util.Set;

/**
 * The configuration a service of this module would run with, read without starting it (no database, no broker):
 * every configuration file on the test classpath, in the environments its Application turns on, with every
 * context configurer of the classpath applied, as at a real start.
 */
public final class EffectiveConfiguration implements AutoCloseable {

    private final Environment environment;

    private EffectiveConfiguration(Environment environment) {
        this.environment = environment;
    }

    public static EffectiveConfiguration of(String... environments) {
        ApplicationContext context = ApplicationContext.builder().environments(environments).deduceEnvironment(false)
                .build();
        return new EffectiveConfiguration(context.getEnvironment().start());
    }

    public Set<String> activeEnvironments() {
        return environment.getActiveNames();
    }

    public List<String> list(String property) {
        return environment.getProperty(property, Argument.listOf(String.class)).orElse(List.of());
    }

    public String text(String property) {
        return environment.getProperty(property, String.class).orElse(null);
    }

    @Override
    public void close() {
        environment.stop();
    }
}
