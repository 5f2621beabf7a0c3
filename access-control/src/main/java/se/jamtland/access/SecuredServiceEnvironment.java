package se.jamtland.access;

import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.context.ApplicationContextConfigurer;

/**
 * Turns on the "secured" environment, which loads application-secured.yml: the token verification, open health
 * and OpenAPI routes and strict JSON that every service needing a token shares. A service subclasses it once with
 * {@code @ContextConfigurer}; Micronaut then applies it to every context built with that service on the classpath:
 * its Application's and its tests' alike, so no test can forget it.
 */
public abstract class SecuredServiceEnvironment implements ApplicationContextConfigurer {

    public static final String NAME = "secured";

    @Override
    public void configure(ApplicationContextBuilder builder) {
        builder.environments(NAME);
    }
}
