package se.jamtland.eligibility;

import io.micronaut.context.ApplicationContextConfigurer;
import io.micronaut.context.annotation.ContextConfigurer;
import se.jamtland.runtime.ServiceEnvironment;

/** eligibility-service is public: the configuration every service shares, without the secured services' part. */
// Names the interface itself: @ContextConfigurer registers only classes that implement it directly.
@ContextConfigurer
public final class EligibilityServiceEnvironment extends ServiceEnvironment implements ApplicationContextConfigurer {
}
