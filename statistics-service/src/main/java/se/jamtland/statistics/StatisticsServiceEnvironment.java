package se.jamtland.statistics;

import io.micronaut.context.ApplicationContextConfigurer;
import io.micronaut.context.annotation.ContextConfigurer;
import se.jamtland.access.SecuredServiceEnvironment;

/** statistics-service verifies the county statistician's token on every route but health and its documents. */
// Names the interface itself: @ContextConfigurer registers only classes that implement it directly.
@ContextConfigurer
public final class StatisticsServiceEnvironment extends SecuredServiceEnvironment implements ApplicationContextConfigurer {
}
