package se.jamtland.testinfra.hostile;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * JSON text written by hand, so a test can send what no serializer would: a lone surrogate as {@code \uD800},
 * numbers past any Java type, a value of the wrong type. A {@link Raw} value is written exactly as given.
 */
final class Json {

    /** JSON text to be written as is. */
    record Raw(String text) {
    }

    private Json() {
    }

    static String write(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Raw raw) {
            return raw.text();
        }
        if (value instanceof String text) {
            return quote(text);
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof Map<?, ?> object) {
            return object.entrySet().stream()
                    .map(entry -> quote(entry.getKey().toString()) + ":" + write(entry.getValue()))
                    .collect(Collectors.joining(",", "{", "}"));
        }
        if (value instanceof List<?> array) {
            return array.stream().map(Json::write).collect(Collectors.joining(",", "[", "]"));
        }
        throw new IllegalArgumentException("not a JSON value: " + value.getClass());
    }

    static String quote(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                default -> {
                    if (c < 0x20 || Character.isSurrogate(c)) {
                        quoted.append(String.format("\\u%04X", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
