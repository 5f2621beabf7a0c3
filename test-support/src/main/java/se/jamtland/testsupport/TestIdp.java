package se.jamtland.testsupport;

import se.jamtland.access.Roles;
import se.jamtland.devtokens.DevTokenIssuer;
import se.jamtland.events.Unit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One dev token issuer per test JVM: the services under test fetch its JWKS over HTTP and verify signatures
 * exactly as they would against the county's IdP.
 */
public final class TestIdp {

    /** The four länsverksamheter, as the {@code unit} claim names them (activity-events' {@link Unit}). */
    public static final List<String> UNITS = Unit.ids();

    private static DevTokenIssuer issuer;

    private TestIdp() {
    }

    public static synchronized DevTokenIssuer issuer() {
        if (issuer == null) {
            issuer = DevTokenIssuer.start(0);
            Runtime.getRuntime().addShutdownHook(new Thread(issuer::close, "test-idp-stop"));
        }
        return issuer;
    }

    /**
     * The jars a deployed service of this module runs with (the classpath devstack starts it from, written by the
     * build before the integration tests): the dev issuer must never be among them.
     */
    public static List<String> runtimeClasspathOfThisModule() {
        try {
            return List.of(Files.readString(Path.of("target", "runtime-classpath.txt")).strip()
                    .split(java.io.File.pathSeparator));
        } catch (IOException e) {
            throw new UncheckedIOException("target/runtime-classpath.txt is written at prepare-package", e);
        }
    }

    /** Properties that make a service in this JVM trust the issuer. */
    public static Map<String, String> serviceProperties() {
        Map<String, String> properties = new HashMap<>();
        properties.put("micronaut.security.token.jwt.signatures.jwks.county-idp.url", issuer().jwksUrl());
        properties.put("micronaut.security.token.jwt.claims-validators.issuer", issuer().issuer());
        properties.put("suite.service-auth.token-url", issuer().clientCredentialsUrl());
        return properties;
    }

    /** The environment that makes a child service process trust the issuer. */
    public static Map<String, String> serviceEnvironment() {
        return issuer().serviceEnvironment();
    }

    public static String staff(String unit) {
        return issuer().token("test-staff", unit, Roles.STAFF);
    }

    public static String manager(String unit) {
        return issuer().token("test-manager", unit, Roles.UNIT_MANAGER);
    }

    /** The county statistician: no unit of their own. */
    public static String statistician() {
        return issuer().token("test-statistician", "county", Roles.COUNTY_STATISTICS);
    }

    /** A kommun's case system, as the gateway's clients are: role CASE_SYSTEM and {@code kommun}, no unit. */
    public static String caseSystem(String kommun) {
        return issuer().caseSystemToken(kommun);
    }

    public static String token(String staffId, String unit, String role) {
        return issuer().token(staffId, unit, role);
    }
}
