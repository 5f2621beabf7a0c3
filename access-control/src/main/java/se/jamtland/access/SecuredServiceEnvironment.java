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
}
