package se.jamtland.access;

import com.nimbusds.jose.jwk.KeyType;
import io.micronaut.context.annotation.Requires;
import io.micronaut.security.token.jwt.signature.jwks.JwksSignatureConfiguration;
import io.micronaut.security.token.jwt.signature.jwks.JwksSignatureConfigurationProperties;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/**
 * The IdP's key set, at the {@code jwks_uri} its discovery document names: Micronaut Security verifies each token's
 * signature against it (one {@code ReactiveJwksSignature} per such configuration), RSA keys only, as before with a
 * configured JWKS URL. Issuer, audience, expiry and not-before are checked by application-secured.yml's validators.
 */
@Singleton
@Named(DiscoveredJwks.NAME)
@Requires(bean = IssuerDiscovery.class)
public class DiscoveredJwks implements JwksSignatureConfiguration {

    static final String NAME = "county-idp";

    private final IssuerDiscovery discovery;

    public DiscoveredJwks(IssuerDiscovery discovery) {
        this.discovery = discovery;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public String getUrl() {
        return discovery.jwksUri();
    }

    @Override
    public KeyType getKeyType() {
        return KeyType.RSA;
    }

    @Override
    public Integer getCacheExpiration() {
        return JwksSignatureConfigurationProperties.DEFAULT_CACHE_EXPIRATION;
    }
}
