package se.jamtland.unit.minimaria;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request body built field by field, in the order the fields are set, written as JSON by {@link #toString()}.
 * Values are strings, numbers, booleans, lists and nested bodies: all a unit's requests hold.
 */
abstract class JsonBody<B extends JsonBody<B>> {

    private final Map<String, Object> fields = new LinkedHashMap<>();

    /** Any field, also one the API does not know or a value it must refuse: a hostile request is a request too. */
    B with(String field, Object value) {
        fields.put(field, value);
        return self();
    }

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }

    @Override
    public String toString() {
        StringBuilder json = new StringBuilder();
        write(json, fields);
        return json.toString();
    }

    private static void write(StringBuilder json, Object value) {
        if (value instanceof JsonBody<?> body) {
            write(json, body.fields);
        } else if (value instanceof Map<?, ?> map) {
            json.append('{');
            String separator = "";
            for (Map.Entry<?, ?> field : map.entrySet()) {
                json.append(separator);
                write(json, String.valueOf(field.getKey()));
                json.append(':');
                write(json, field.getValue());
                separator = ",";
            }
            json.append('}');
        } else if (value instanceof List<?> list) {
            json.append('[');
            for (int i = 0; i < list.size(); i++) {
                json.append(i == 0 ? "" : ",");
                write(json, list.get(i));
            }
            json.append(']');
        } else if (value instanceof Number || value instanceof Boolean) {
            json.append(value);
        } else {
            json.append('"');
            for (char c : String.valueOf(value).toCharArray()) {
                switch (c) {
                    case '"' -> json.append("\\\"");
                    case '\\' -> json.append("\\\\");
                    default -> json.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
                }
            }
            json.append('"');
        }
    }
}
