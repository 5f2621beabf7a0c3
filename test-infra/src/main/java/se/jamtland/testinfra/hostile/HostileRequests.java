package se.jamtland.testinfra.hostile;

import se.jamtland.testinfra.hostile.Json.Raw;
import se.jamtland.testinfra.hostile.OpenApiOperations.Operation;
import se.jamtland.testinfra.hostile.OpenApiOperations.Parameter;
import se.jamtland.testinfra.hostile.OpenApiOperations.Schema;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Requests a service must refuse with a 4xx, derived from one documented operation: each path parameter,
 * query parameter and body field (nested ones included) in turn gets a value that is wrong for its schema, in an
 * otherwise well-formed request; and the body as a whole is broken (malformed, empty, wrong content type, an
 * unknown key, too deep, too large). The values are the ones that broke services before: wrong JSON types,
 * 2^63 and 1e308, empty and blank strings, control characters and lone surrogates, impossible and far dates,
 * path segments that try to leave the route.
 */
public final class HostileRequests {

    /** One request: what it is (for the test's name), method, path with query, content type and body. */
    public record Request(Operation operation, String what, String method, String uri, String contentType,
                          String body) {

        @Override
        public String toString() {
            return operation + " · " + what;
        }
    }

    private static final Pattern PARAMETER = Pattern.compile("\\{([^}?]+)}");
    private static final Pattern LITERAL_ALTERNATIVES = Pattern.compile("[A-Za-z0-9 _+\\\\-]+(\\|[A-Za-z0-9 _+\\\\-]+)*");
    private static final String JSON = "application/json";
    /** Larger than any service's max-request-size (16 KB to 64 KB). */
    private static final int OVERSIZED = 1024 * 1024;

    /** Raw path segments (already URL-encoded where they must be) that are not a code or an id. */
    private static final Map<String, String> HOSTILE_SEGMENTS = segments();
    private static final Map<String, String> HOSTILE_QUERY_STRING = Map.of(
            "empty", "", "blank", "%20", "NUL", "%00", "line feed", "%0A", "a lone surrogate as bytes", "%ED%A0%80",
            "bytes that are not UTF-8", "%FF%FE", "3000 characters", "a".repeat(3000));
    /** Tried in turn: the first that the documented pattern or enumeration does not allow is sent. */
    private static final List<String> OUTSIDE_THE_DOMAIN = List.of("NO SUCH VALUE", "zz", "0");
    private static final Map<String, String> HOSTILE_QUERY_INTEGER = Map.of(
            "2^63", "9223372036854775808", "-2^63-1", "-9223372036854775809", "1e308", "1e308", "a word", "abc",
            "empty", "", "a fraction", "1.5", "NUL", "%00", "negative", "-1");
    private static final Map<String, String> HOSTILE_QUERY_BOOLEAN = Map.of(
            "maybe", "maybe", "empty", "", "2", "2", "NUL", "%00");
    private static final Map<String, String> HOSTILE_QUERY_DATE = Map.of(
            "2025-02-30", "2025-02-30", "9999-12-31", "9999-12-31", "0000-00-00", "0000-00-00",
            "empty", "", "without dashes", "20250901",
            "NUL", "%00", "a year past 9999", "%2B10000-01-01", "with a time", "2025-09-01T00:00");

    private static final Map<String, Raw> WRONG_FOR_STRING = raw(Map.of(
            "a number", "123", "true", "true", "an object", "{}", "an array", "[\"x\"]"));
    private static final Map<String, Raw> HOSTILE_STRING = raw(Map.of(
            "empty", "\"\"", "blank", "\"   \"", "NUL", "\"a\\u0000b\"", "a bell", "\"a\\u0007b\"",
            "a lone high surrogate", "\"\\uD800\"", "a lone low surrogate", "\"x\\uDC00y\"",
            "10 000 characters", "\"" + "a".repeat(10_000) + "\""));
    private static final Map<String, Raw> HOSTILE_INTEGER = raw(Map.ofEntries(
            Map.entry("a string", "\"12\""), Map.entry("true", "true"), Map.entry("a fraction", "1.5"),
            Map.entry("an object", "{}"), Map.entry("an array", "[]"), Map.entry("2^63", "9223372036854775808"),
            Map.entry("-2^63-1", "-9223372036854775809"), Map.entry("2^64", "18446744073709551616"),
            Map.entry("1e308", "1e308"), Map.entry("-1e308", "-1e308"), Map.entry("2^31", "2147483648"),
            Map.entry("1e400", "1e400")));
    private static final Map<String, Raw> HOSTILE_BOOLEAN = raw(Map.of(
            "a string", "\"yes\"", "the string true", "\"true\"", "a number", "1", "an object", "{}",
            "an array", "[]"));
    private static final Map<String, Raw> HOSTILE_DATE = raw(Map.ofEntries(
            Map.entry("2025-02-30", "\"2025-02-30\""), Map.entry("9999-12-31", "\"9999-12-31\""),
            Map.entry("0000-00-00", "\"0000-00-00\""), Map.entry("the day before the first Bilaga", "\"2025-06-30\""),
            Map.entry("empty", "\"\""), Map.entry("blank", "\" \""), Map.entry("a number", "20250901"),
            Map.entry("a timestamp", "\"2025-09-01T00:00:00Z\""), Map.entry("a year past 9999", "\"+10000-01-01\""),
            Map.entry("an object", "{}"), Map.entry("an array", "[]")));
    private static final Map<String, Raw> HOSTILE_ENUM = raw(Map.of(
            "an unknown value", "\"NO_SUCH_VALUE\"", "empty", "\"\"", "an ordinal", "0", "an object", "{}",
            "an array", "[]", "NUL", "\"\\u0000\""));
    private static final Map<String, Raw> HOSTILE_ARRAY = raw(Map.of(
            "a string", "\"x\"", "an object", "{}", "a number", "1", "an array of null", "[null]",
            "an array of arrays", "[[]]", "an array of objects", "[{}]"));
    private static final Map<String, Raw> HOSTILE_OBJECT = raw(Map.of(
            "a string", "\"x\"", "an array", "[]", "a number", "1", "true", "true"));

    private HostileRequests() {
    }

    /**
     * @param pathValues  a value for each path parameter that names an existing object
     * @param knownValues valid values for fields whose schema does not say enough (an insats id, a note)
     * @param moreQueryValues hostile values only the service knows are wrong, by query parameter (a date before
     *                        any catalog was in force)
     */
    public static List<Request> of(Operation operation, Map<String, String> pathValues, Map<String, Object> knownValues,
                                   Map<String, Map<String, String>> moreQueryValues) {
        List<Request> requests = new ArrayList<>();
        Object body = operation.body() == null ? null : validValue(operation.body(), "", knownValues);
        String validBody = body == null ? null : Json.write(body);
        String validPath = path(operation, pathValues);

        for (Parameter parameter : operation.in("path")) {
            HOSTILE_SEGMENTS.forEach((what, segment) -> {
                Map<String, String> values = new LinkedHashMap<>(pathValues);
                values.put(parameter.name(), segment);
                requests.add(request(operation, "path " + parameter.name() + " is " + what, path(operation, values),
                        validBody));
            });
        }
        for (Parameter parameter : operation.in("query")) {
            Map<String, Object> values = queryValues(parameter.schema());
            values.putAll(moreQueryValues.getOrDefault(parameter.name(), Map.of()));
            values.forEach((what, value) -> requests.add(request(operation,
                    "query " + parameter.name() + " is " + what, validPath + "?" + parameter.name() + "=" + value,
                    validBody)));
        }
        if (body != null) {
            bodyVariants(operation.body(), "", knownValues).forEach((what, variant) ->
                    requests.add(request(operation, "body " + what, validPath, Json.write(variant))));
            wholeBodies(validBody).forEach((what, text) -> requests.add(new Request(operation, "body is " + what,
                    operation.method(), validPath, JSON, text)));
            Map<String, String> wrongTypes = Map.of("text/plain", validBody, "application/xml", "<case/>",
                    "application/x-www-form-urlencoded", "insats=x");
            wrongTypes.forEach((type, text) -> requests.add(new Request(operation, "content type is " + type,
                    operation.method(), validPath, type, text)));
            requests.add(new Request(operation, "without a content type", operation.method(), validPath, null,
                    validBody));
        }
        requests.add(new Request(operation, "method DELETE", "DELETE", validPath, null, null));
        return requests;
    }

    /** The same request with one path or query value replaced by a canary (fake personal data, URL-encoded). */
    public static List<Request> withCanaries(Operation operation, Map<String, String> pathValues,
                                             Map<String, Object> knownValues, List<String> canaries) {
        List<Request> requests = new ArrayList<>();
        Object body = operation.body() == null ? null : validValue(operation.body(), "", knownValues);
        String validBody = body == null ? null : Json.write(body);
        for (String canary : canaries) {
            String encoded = URLEncoder.encode(canary, StandardCharsets.UTF_8).replace("+", "%20");
            for (Parameter parameter : operation.in("path")) {
                Map<String, String> values = new LinkedHashMap<>(pathValues);
                values.put(parameter.name(), encoded);
                requests.add(request(operation, "path " + parameter.name() + " is a canary", path(operation, values),
                        validBody));
            }
            String validPath = path(operation, pathValues);
            for (Parameter parameter : operation.in("query")) {
                requests.add(request(operation, "query " + parameter.name() + " is a canary",
                        validPath + "?" + parameter.name() + "=" + encoded, validBody));
            }
            requests.add(request(operation, "an undocumented query parameter is a canary",
                    validPath + "?namn=" + encoded, validBody));
        }
        return requests;
    }

    /** A value the schema allows, built from the schema (known values first, by field name). */
    static Object validValue(Schema schema, String name, Map<String, Object> knownValues) {
        if (knownValues.containsKey(name)) {
            return knownValues.get(name);
        }
        Schema resolved = schema.resolved();
        if (resolved.enumeration() != null) {
            return resolved.enumeration().get(0);
        }
        String type = resolved.type() == null ? "object" : resolved.type();
        switch (type) {
            case "string" -> {
                if ("date".equals(resolved.format())) {
                    return "2025-09-01";
                }
                Object pattern = resolved.get("pattern");
                if (pattern != null && LITERAL_ALTERNATIVES.matcher(pattern.toString()).matches()) {
                    return pattern.toString().split("\\|")[0].replace("\\", "");
                }
                return "ett-varde";
            }
            case "integer", "number" -> {
                Number min = (Number) resolved.get("minimum");
                Number max = (Number) resolved.get("maximum");
                if (min != null && max != null) {
                    return min.longValue() + (max.longValue() - min.longValue()) / 4;
                }
                return min != null ? min.longValue() + 1 : 1;
            }
            case "boolean" -> {
                return false;
            }
            case "array" -> {
                Number minItems = (Number) resolved.get("minItems");
                return minItems != null && minItems.intValue() > 0
                        ? List.of(validValue(resolved.items(), name, knownValues)) : List.of();
            }
            default -> {
                Map<String, Object> object = new LinkedHashMap<>();
                for (String property : resolved.required()) {
                    object.put(property, validValue(resolved.properties().get(property), property, knownValues));
                }
                return object;
            }
        }
    }

    /**
     * The valid body with one field (at any depth) replaced by a hostile value, or a required one left out, or
     * an unknown key added; keyed by what was done, with the field's JSON pointer.
     */
    private static Map<String, Object> bodyVariants(Schema schema, String pointer, Map<String, Object> knownValues) {
        Map<String, Object> variants = new LinkedHashMap<>();
        Schema resolved = schema.resolved();
        @SuppressWarnings("unchecked")
        Map<String, Object> valid = (Map<String, Object>) validValue(resolved, "", knownValues);
        resolved.properties().forEach((property, propertySchema) -> {
            String field = pointer + "/" + property;
            for (Map.Entry<String, Object> hostile : hostileValues(propertySchema, property, knownValues).entrySet()) {
                Map<String, Object> variant = new LinkedHashMap<>(valid);
                variant.put(property, hostile.getValue());
                variants.put(field + " is " + hostile.getKey(), variant);
            }
            if (resolved.required().contains(property)) {
                Map<String, Object> withNull = new LinkedHashMap<>(valid);
                withNull.put(property, null);
                variants.put(field + " (required) is null", withNull);
                Map<String, Object> without = new LinkedHashMap<>(valid);
                without.remove(property);
                variants.put(field + " (required) is missing", without);
            }
        });
        Map<String, Object> unknown = new LinkedHashMap<>(valid);
        unknown.put("zzUnknownKey", "x");
        variants.put((pointer.isEmpty() ? "" : pointer + " ") + "has an unknown key", unknown);
        return variants;
    }

    private static Map<String, Object> hostileValues(Schema schema, String name, Map<String, Object> knownValues) {
        Map<String, Object> values = new LinkedHashMap<>();
        Schema resolved = schema.resolved();
        String type = resolved.type() == null ? "object" : resolved.type();
        if (resolved.enumeration() != null) {
            values.putAll(HOSTILE_ENUM);
        } else if ("string".equals(type) && "date".equals(resolved.format())) {
            values.putAll(HOSTILE_DATE);
        } else if ("string".equals(type)) {
            values.putAll(HOSTILE_STRING);
            values.putAll(WRONG_FOR_STRING);
            outsideTheDomain(resolved).ifPresent(value -> values.put("outside its documented values", value));
        } else if ("integer".equals(type) || "number".equals(type)) {
            values.putAll(HOSTILE_INTEGER);
        } else if ("boolean".equals(type)) {
            values.putAll(HOSTILE_BOOLEAN);
        } else if ("array".equals(type)) {
            values.putAll(HOSTILE_ARRAY);
            Schema items = resolved.items();
            if (items.resolved().type() == null || "object".equals(items.resolved().type())) {
                // One element of an array of objects, made hostile field by field.
                bodyVariants(items, "", knownValues).forEach((what, element) ->
                        values.put("an array whose element" + what, List.of(element)));
            } else {
                hostileValues(items, name, knownValues).forEach((what, element) ->
                        values.put("an array holding " + what, List.of(element)));
            }
        } else {
            values.putAll(HOSTILE_OBJECT);
            bodyVariants(resolved, "", knownValues).forEach((what, object) -> values.put("an object whose" + what,
                    object));
        }
        return values;
    }

    private static Map<String, String> wholeBodies(String validBody) {
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("malformed JSON", validBody.substring(0, validBody.length() / 2));
        bodies.put("empty", "");
        bodies.put("blank", "   ");
        bodies.put("null", "null");
        bodies.put("an array", "[]");
        bodies.put("a string", "\"x\"");
        bodies.put("1e308", "1e308");
        bodies.put("a lone surrogate", "\"\\uD800\"");
        bodies.put("two JSON documents", validBody + validBody);
        bodies.put("followed by text that is not JSON", validBody + " och mer");
        bodies.put("nested 5000 arrays deep", "[".repeat(5000) + "]".repeat(5000));
        bodies.put("nested 5000 objects deep", "{\"a\":".repeat(5000) + "1" + "}".repeat(5000));
        bodies.put("larger than the service takes", validBody.substring(0, validBody.length() - 1)
                + (validBody.length() > 2 ? "," : "") + "\"pad\":\"" + "a".repeat(OVERSIZED) + "\"}");
        return bodies;
    }

    private static Map<String, Object> queryValues(Schema schema) {
        String type = schema.type() == null ? "string" : schema.type();
        if ("date".equals(schema.format())) {
            return new TreeMap<>(HOSTILE_QUERY_DATE);
        }
        Map<String, Object> values = new TreeMap<>(switch (type) {
            case "integer", "number" -> HOSTILE_QUERY_INTEGER;
            case "boolean" -> HOSTILE_QUERY_BOOLEAN;
            default -> HOSTILE_QUERY_STRING;
        });
        outsideTheDomain(schema).ifPresent(value -> values.put("outside its documented values",
                URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return values;
    }

    /** A value its pattern or enumeration does not allow; none for a string the document leaves open. */
    private static Optional<String> outsideTheDomain(Schema schema) {
        Object pattern = schema.get("pattern");
        List<?> enumeration = schema.enumeration();
        if (pattern == null && enumeration == null) {
            return Optional.empty();
        }
        return OUTSIDE_THE_DOMAIN.stream()
                .filter(value -> pattern == null || !Pattern.compile(pattern.toString()).matcher(value).matches())
                .filter(value -> enumeration == null || !enumeration.contains(value))
                .findFirst();
    }

    private static Request request(Operation operation, String what, String uri, String body) {
        return new Request(operation, what, operation.method(), uri, body == null ? null : JSON, body);
    }

    private static String path(Operation operation, Map<String, String> values) {
        Matcher parameter = PARAMETER.matcher(operation.template());
        StringBuilder path = new StringBuilder();
        while (parameter.find()) {
            String value = values.get(parameter.group(1));
            if (value == null) {
                throw new IllegalArgumentException("no value for {" + parameter.group(1) + "} in " + operation);
            }
            parameter.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        parameter.appendTail(path);
        return path.toString();
    }

    private static Map<String, String> segments() {
        Map<String, String> segments = new LinkedHashMap<>();
        segments.put("40 digits", "1234567890123456789012345678901234567890");
        segments.put("2^63", "9223372036854775808");
        segments.put("1e308", "1e308");
        segments.put("negative", "-1");
        segments.put("NUL", "%00");
        segments.put("../ encoded", "..%2F..%2Fetc%2Fpasswd");
        segments.put("encoded dots", "%2e%2e");
        segments.put("blank", "%20");
        segments.put("a lone surrogate as bytes", "%ED%A0%80");
        segments.put("bytes that are not UTF-8", "%FF%FE");
        segments.put("markup", "%3Cscript%3E");
        segments.put("3000 characters", "Z".repeat(3000));
        return segments;
    }

    private static Map<String, Raw> raw(Map<String, String> texts) {
        Map<String, Raw> values = new TreeMap<>();
        texts.forEach((what, text) -> values.put(what, new Raw(text)));
        return values;
    }
}
