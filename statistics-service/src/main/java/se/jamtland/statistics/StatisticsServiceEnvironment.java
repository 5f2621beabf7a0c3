package se.jamtland.statistics;

import io.micronaut.context.ApplicationContextConfigurer;
import io.micronaut.context.annotation.ContextConfigurer;
import se.jamtland.access.SecuredServiceEnvironment;
import se.jamtland.webui.StaffLogin;

/**
 * statistics-service verifies the county statistician's token on every route but health and its documents, and
 * serves the county dashboard (web-ui's "staff-ui": login, session, layout; issue 14).
 */
// Names the interface itself: @ContextConfigurer registers only classes that implement it directly.
@ContextConfigurer
public final class StatisticsServiceEnvironment extends SecuredServiceEnvironment implements ApplicationContextConfigurer {

    public StatisticsServiceEnvironment() {
        super(StaffLogin.ENVIRONMENT);
    }
}
