package se.jamtland.runtime.settings;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.micronaut.runtime.Micronaut;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.jamtland.runtime.ParentWatch;

/**
 * How every service's {@code main} starts Micronaut: no cloud probe, no banner, and first the check of its
 * production settings (issue 16 §1). The check reads the service's configuration as Micronaut will (its files, its
 * environments, the process environment) in a context that is built but not started, so it runs before any bean
 * exists: Micronaut itself would stop at the first unresolvable placeholder, with a stack trace, from whichever
 * eager bean's condition asked first (access-control's IssuerDiscovery did). Missing settings: ONE line in the log
 * and on stderr naming every one of them, and exit code {@link #MISSING_SETTINGS_EXIT_CODE}.
 */
public final class ServiceMain {

    /** The dev environment's name: application-dev.yml, the localhost defaults (DEV ONLY). */
    public static final String DEV_ENVIRONMENT = "dev";
    /**
     * {@code SUITE_DEV=true} turns the dev environment on (devstack sets it for its children). Not
     * MICRONAUT_ENVIRONMENTS: Micronaut puts the names given there first, below the service's own environments
     * (unit, secured, ...), so application-unit.yml's {@code ${ELIGIBILITY_URL}} would win over the dev default.
     * Added here, after them, the dev file wins; production sets nothing and gets no dev default.
     */
    public static final String DEV_SWITCH = "SUITE_DEV";

    /** sysexits.h's EX_CONFIG: a configuration error, not a crash (1) or an out-of-memory exit (3). */
    public static final int MISSING_SETTINGS_EXIT_CODE = 78;

    private static final Logger LOG = LoggerFactory.getLogger(ServiceMain.class);

    private ServiceMain() {
    }

    /** Starts {@code micronaut} (already given its main class, args and environments) as a service. */
    public static ApplicationContext start(Micronaut micronaut) {
        ParentWatch.startIfAsked();
        micronaut.banner(false).deduceEnvironment(false);
        if (Boolean.parseBoolean(System.getenv(DEV_SWITCH))) {
            micronaut.environments(DEV_ENVIRONMENT);
        }
        RequiredSettings.Check check = check(micronaut);
        if (!check.passed()) {
            LOG.error(check.message());
            System.err.println(check.message());
            System.exit(MISSING_SETTINGS_EXIT_CODE);
        }
        return micronaut.start();
    }

    private static RequiredSettings.Check check(Micronaut micronaut) {
        Environment environment = micronaut.build().getEnvironment();
        environment.start();
        try {
            return RequiredSettings.check(environment);
        } finally {
            environment.stop();
        }
    }
}
