package se.jamtland.access;

import se.jamtland.runtime.ServiceEnvironment;

/**
 * The environments of a service that needs a verified token on every route but health and its OpenAPI documents:
 * "service" and "secured" (application-secured.yml: the IdP's JWKS, issuer and audience, not-before, the open
 * documents). A secured service subclasses it once with {@code @ContextConfigurer} (see {@link ServiceEnvironment}).
 */
public abstract class SecuredServiceEnvironment extends ServiceEnvironment {

    public static final String NAME = "secured";

    protected SecuredServiceEnvironment() {
        super(NAME);
    }

    /** @param more environments after "secured", e.g. web-ui's "staff-ui" for a service with pages */
    protected SecuredServiceEnvironment(String... more) {
        super(java.util.stream.Stream.concat(java.util.stream.Stream.of(NAME), java.util.Arrays.stream(more))
                .toArray(String[]::new));
    }
}
