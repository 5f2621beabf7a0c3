package se.jamtland.runtime.settings;

import io.micronaut.context.env.Environment;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.type.Argument;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a service needs from its environment in production (issue 16 §1: configuration from the environment only,
 * no dev defaults). Each configuration file that needs a setting lists the property under
 * {@code suite.required-settings.<file's group>} (a map, so the groups of application-unit.yml,
 * application-secured.yml and a service's own file add up rather than replace one another). The file sets the
 * property from its environment variable with no default, e.g. {@code url: ${DATASOURCES_DEFAULT_URL}}; a test may
 * set the property itself, and the dev environment (application-dev.yml) sets localhost values. {@link ServiceMain}
 * checks them before a service starts; a test context is not checked (it sets what it uses).
 *
 * <p>A setting is missing when its property is absent or is a placeholder whose variable is not set; it is then
 * named by that variable, never by a value (there is none, and the others are never read out). A variable set to
 * the empty string is set: the embedded MariaDB's root has no password, and an operator who empties a variable has
 * said so. A secret is different: the properties under {@link #SECRETS_PREFIX} must also hold something, since an
 * empty one is a Secret created without its value, not a choice (an empty VISITOR_CODE_KEY would be a unit that
 * silently refuses every visitor code, VisitorCodeKey, and counts no first visits, issue 11).
 */
public final class RequiredSettings {

    public static final String PREFIX = "suite.required-settings";
    /** Required and not blank: keys and passwords from a Secret (see the class comment). */
    public static final String SECRETS_PREFIX = "suite.required-secrets";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_.\\-]+)");

    private RequiredSettings() {
    }

    /** Every property named under {@link #PREFIX}, by group, in the order the groups sort. */
    public static Map<String, List<String>> declared(Environment environment) {
        return declared(environment, PREFIX);
    }

    /** Every secret named under {@link #SECRETS_PREFIX}, by group. */
    public static Map<String, List<String>> declaredSecrets(Environment environment) {
        return declared(environment, SECRETS_PREFIX);
    }

    private static Map<String, List<String>> declared(Environment environment, String prefix) {
        Map<String, List<String>> declared = new TreeMap<>();
        for (String group : environment.getPropertyEntries(prefix)) {
            declared.put(group, environment.getProperty(prefix + "." + group, Argument.listOf(String.class))
                    .orElse(List.of()));
        }
        return declared;
    }

    /** The result: which environment variables are missing, in the order declared, each once. */
    public record Check(List<String> missing) {

        public boolean passed() {
            return missing.isEmpty();
        }

        /** The one line ops read (log and stderr): names only, never a value. */
        public String message() {
            return "Missing settings, the service does not start without them: " + String.join(", ", missing);
        }
    }

    public static Check check(Environment environment) {
        Set<String> missing = new LinkedHashSet<>();
        declared(environment).values().forEach(properties -> properties.forEach(property ->
                missingVariable(environment, property, false).ifPresent(missing::add)));
        declaredSecrets(environment).values().forEach(properties -> properties.forEach(property ->
                missingVariable(environment, property, true).ifPresent(missing::add)));
        return new Check(List.copyOf(missing));
    }

    private static Optional<String> missingVariable(Environment environment, String property, boolean secret) {
        try {
            Optional<String> value = environment.getProperty(property, String.class);
            boolean given = secret ? value.filter(v -> !v.isBlank()).isPresent() : value.isPresent();
            return given ? Optional.empty() : Optional.of(variableOf(property));
        } catch (ConfigurationException unresolved) {
            // Micronaut's "Could not resolve placeholder ${NAME}": the variable the file reads is not set.
            Matcher placeholder = PLACEHOLDER.matcher(String.valueOf(unresolved.getMessage()));
            return Optional.of(placeholder.find() ? placeholder.group(1) : variableOf(property));
        }
    }

    /** The variable Micronaut maps onto a property, e.g. kafka.security.protocol from KAFKA_SECURITY_PROTOCOL. */
    static String variableOf(String property) {
        return property.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }
}
