package se.jamtland.testsupport;

import io.micronaut.web.router.Router;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The routes of a service as its OpenAPI documents list them (the build generates those from the controllers)
 * and as its router serves them: access tests take their table from the first and check it against the second.
 */
public final class OpenApiRoutes {

    private static final Pattern PARAMETER = Pattern.compile("\\{([^}?]+)}");

    /** A route as an OpenAPI document lists it, e.g. POST /cases/{caseCode}/sessions. */
    public record Route(String method, String template) {

        /** The path with each {parameter} replaced by the value of that name. */
        public String path(Map<String, String> values) {
            Matcher parameter = PARAMETER.matcher(template);
            StringBuilder path = new StringBuilder();
            while (parameter.find()) {
                String value = values.get(parameter.group(1));
                if (value == null) {
                    throw new IllegalArgumentException("no value for {" + parameter.group(1) + "} in " + this);
                }
                parameter.appendReplacement(path, value);
            }
            parameter.appendTail(path);
            return path.toString();
        }

        @Override
        public String toString() {
            return method + " " + template;
        }
    }

    private OpenApiRoutes() {
    }

    /** Every operation of the named documents under META-INF/swagger on the classpath. */
    public static List<Route> documented(String... documents) {
        List<Route> routes = new ArrayList<>();
        for (String document : documents) {
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) load(document).get("paths");
            paths.forEach((path, operations) -> operations.keySet().forEach(method ->
                    routes.add(new Route(method.toUpperCase(), path))));
        }
        return routes;
    }

    /**
     * Whether the document tells clients that every operation takes a bearer JWT: a global security
     * requirement naming an HTTP bearer scheme, and no operation that opts out of it.
     */
    @SuppressWarnings("unchecked")
    public static boolean requiresBearerTokenEverywhere(String document) {
        Map<String, Object> openApi = load(document);
        List<Map<String, Object>> security = (List<Map<String, Object>>) openApi.get("security");
        Map<String, Object> components = (Map<String, Object>) openApi.getOrDefault("components", Map.of());
        Map<String, Map<String, Object>> schemes =
                (Map<String, Map<String, Object>>) components.getOrDefault("securitySchemes", Map.of());
        boolean global = security != null && security.stream().anyMatch(requirement -> requirement.keySet().stream()
                .anyMatch(name -> schemes.containsKey(name) && "bearer".equals(schemes.get(name).get("scheme"))));
        Map<String, Map<String, Map<String, Object>>> paths =
                (Map<String, Map<String, Map<String, Object>>>) openApi.get("paths");
        boolean noneOptsOut = paths.values().stream().flatMap(operations -> operations.values().stream())
                .noneMatch(operation -> operation.containsKey("security")
                        && ((List<?>) operation.get("security")).isEmpty());
        return global && noneOptsOut;
    }

    private static Map<String, Object> load(String document) {
        try (InputStream in = OpenApiRoutes.class.getClassLoader()
                .getResourceAsStream("META-INF/swagger/" + document)) {
            if (in == null) {
                throw new IllegalStateException("OpenAPI document " + document + " is not on the classpath");
            }
            return new Yaml().load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What the service's own controllers serve, as "METHOD /template". HEAD is left out: the framework serves it
     * for every GET, through the same security rules.
     */
    public static Set<String> served(Router router) {
        return router.uriRoutes()
                .filter(route -> route.getTargetMethod().getDeclaringType().getName().startsWith("se.jamtland."))
                .filter(route -> !route.getHttpMethodName().equals("HEAD"))
                .map(route -> route.getHttpMethodName() + " " + route.getUriMatchTemplate())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    public static Set<String> asText(List<Route> routes) {
        return routes.stream().map(Route::toString).collect(Collectors.toCollection(TreeSet::new));
    }
}
