package se.jamtland.k8s;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Walking SnakeYAML's maps and lists: an absent step is an empty map or list, never a NullPointerException. */
final class Yamls {

    private Yamls() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value, String... path) {
        Object current = value;
        for (String step : path) {
            current = current instanceof Map<?, ?> map ? map.get(step) : null;
        }
        return current instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> maps(Object value) {
        return value instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value) {
        return value instanceof List<?> list ? (List<Object>) list : List.of();
    }

    static String string(Object value, String... path) {
        if (path.length == 0) {
            return Objects.toString(value, null);
        }
        String[] parent = java.util.Arrays.copyOf(path, path.length - 1);
        Object leaf = map(value, parent).get(path[path.length - 1]);
        return leaf == null ? null : leaf.toString();
    }
}
