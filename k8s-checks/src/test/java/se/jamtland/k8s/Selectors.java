package se.jamtland.k8s;

import java.util.List;
import java.util.Map;

/** A Kubernetes label selector (matchLabels and matchExpressions) against a pod's or a Service's labels. */
final class Selectors {

    private Selectors() {
    }

    /** An empty selector matches everything, as in a NetworkPolicy's or a PDB's. */
    static boolean matches(Map<String, Object> selector, Map<String, Object> labels) {
        if (!matchLabelsOnly(Yamls.map(selector, "matchLabels"), labels)) {
            return false;
        }
        for (Map<String, Object> expression : Yamls.maps(selector.get("matchExpressions"))) {
            Object value = labels.get(Yamls.string(expression, "key"));
            List<?> values = Yamls.list(expression.get("values"));
            boolean holds = switch (Yamls.string(expression, "operator")) {
                case "In" -> value != null && values.contains(value);
                case "NotIn" -> value == null || !values.contains(value);
                case "Exists" -> value != null;
                case "DoesNotExist" -> value == null;
                default -> throw new AssertionError("unknown selector operator in " + expression);
            };
            if (!holds) {
                return false;
            }
        }
        return true;
    }

    /** A plain label map (a Service's selector, a matchLabels): every entry among the labels. */
    static boolean matchLabelsOnly(Map<String, Object> matchLabels, Map<String, Object> labels) {
        return labels.entrySet().containsAll(matchLabels.entrySet());
    }
}
