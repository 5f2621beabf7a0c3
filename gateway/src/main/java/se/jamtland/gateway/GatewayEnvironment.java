package se.jamtland.gateway;

import io.micronaut.context.ApplicationContextConfigurer;
import io.micronaut.context.annotation.ContextConfigurer;
import se.jamtland.access.SecuredServiceEnvironment;

/** The gateway verifies a token on every route but health and its document, as the secured services do. */
// Names the interface itself: @ContextConfigurer registers only classes that implement it directly.
@ContextConfigurer
public final class GatewayEnvironment extends SecuredServiceEnvironment implements ApplicationContextConfigurer {
}
