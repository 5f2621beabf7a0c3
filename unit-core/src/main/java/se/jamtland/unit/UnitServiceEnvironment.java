package se.jamtland.unit;

import io.micronaut.context.ApplicationContextConfigurer;
import io.micronaut.context.annotation.ContextConfigurer;
import se.jamtland.access.SecuredServiceEnvironment;
import se.jamtland.webui.StaffLogin;

/**
 * Every unit service verifies a staff token on every route but health and its OpenAPI documents, and serves its
 * staff's pages (web-ui's "staff-ui": login, session, layout; issue 13).
 */
// Names the interface itself: @ContextConfigurer registers only classes that implement it directly.
@ContextConfigurer
public final class UnitServiceEnvironment extends SecuredServiceEnvironment implements ApplicationContextConfigurer {

    public UnitServiceEnvironment() {
        super(StaffLogin.ENVIRONMENT);
    }
}
