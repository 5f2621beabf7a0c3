package se.jamtland.testsupport;

import se.jamtland.access.Roles;
import se.jamtland.devstack.DevIdp;
import se.jamtland.devstack.RepoRoot;
import se.jamtland.events.Unit;
import se.jamtland.testinfra.FreePorts;
import se.jamtland.testinfra.LogCanaryScan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One dev IdP (dev-idp: NAV's mock-oauth2-server, its own JVM) per test JVM: the services under test find its
 * keys through its discovery document and verify signatures exactly as they would against the county's IdP, and
 * every token here is asked for over HTTP at its token endpoint.
 */
public final class TestIdp {

    /** The four länsverksamheter, as the {@code unit} claim names them (activity-events' {@link Unit}). */
    public static final List<String> UNITS = Unit.ids();

    private static DevIdp idp;

    private TestIdp() {
    }

    /** The running IdP, started on first use on a free port, its log where the log canary scan reads it. */
    public static synchronized DevIdp idp() {
        if (idp == null) {
            int port = FreePorts.one();
            Path log = LogCanaryScan.logDirectory().resolve("dev-idp-" + port + ".log");
            idp = DevIdp.start(RepoRoot.locate(), port, log);
            Runtime.getRuntime().addShutdownHook(new Thread(idp::close, "test-idp-stop"));
        }
        return idp;
    }

    /**
     * The jars a deployed service of this module runs with (the classpath devstack starts it from, written by the
     * build before the integration tests): the dev IdP must never be among them.
     */
    public static List<String> runtimeClasspathOfThisModule() {
        try {
            return List.of(Files.readString(Path.of("target", "runtime-classpath.txt")).strip()
                    .split(java.io.File.pathSeparator));
        } catch (IOException e) {
            throw new UncheckedIOException("target/runtime-classpath.txt is written at prepare-package", e);
        }
    }

    /**
     * Properties that make a service in this JVM trust the IdP: its issuer only, the rest is discovered (and the
     * secret a unit service's own client sends).
     */
    public static Map<String, String> serviceProperties() {
        return Map.of("security.oidc.issuer", idp().issuer(), "suite.service-auth.client-secret", DevIdp.DEV_SECRET);
    }

    /** The environment that makes a child service process trust the IdP. */
    public static Map<String, String> serviceEnvironment() {
        return idp().serviceEnvironment();
    }

    public static String staff(String unit) {
        return token("test-staff", unit, Roles.STAFF);
    }

    public static String manager(String unit) {
        return token("test-manager", unit, Roles.UNIT_MANAGER);
    }

    /** The county statistician: no unit of their own. */
    public static String statistician() {
        return token("test-statistician", "county", Roles.COUNTY_STATISTICS);
    }

    /** A kommun's case system, as the gateway's clients are: role CASE_SYSTEM and {@code kommun}, no unit. */
    public static String caseSystem(String kommun) {
        return idp().caseSystemToken(kommun);
    }

    /** Any staff id, unit and role: the IdP's test-person client takes them as form parameters. */
    public static String token(String staffId, String unit, String role) {
        return idp().token(staffId, unit, role);
    }
}
