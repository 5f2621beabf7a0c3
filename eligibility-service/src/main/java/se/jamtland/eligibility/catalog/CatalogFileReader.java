package se.jamtland.eligibility.catalog;

import se.jamtland.events.Unit;
import se.jamtland.events.DocumentationRegime;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads one catalog file and refuses anything it cannot trust: an unknown unit, a duplicate id, a regime
 * without its legal reference, a villkor it cannot evaluate. Every message names the file and the entry, so
 * whoever edits the Bilaga's data sees at start-up exactly what to fix.
 */
public final class CatalogFileReader {

    private static final Pattern INSATS_ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final int OLDEST_POSSIBLE_AGE = 130;

    private static final Set<String> CATALOG_KEYS = Set.of(
            "version", "validFrom", "title", "guardianConsent", "targetGroupNote", "insatser");
    private static final Set<String> INSATS_KEYS = Set.of(
            "id", "unit", "section", "name", "targetGroup", "content", "conditions", "guardianConsentNote",
            "sessionPlan", "documentation");
    private static final Set<String> SESSION_PLAN_KEYS = Set.of(
            "text", "plannedSessions", "plannedBoosterSessions", "plannedFollowUpSessions", "maxSessions", "phases");

    public Catalog read(String source, InputStream yaml) {
        Object document;
        try {
            document = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        } catch (YAMLException e) {
            throw new InvalidCatalogException("Catalog file " + source + " is not valid YAML: " + e.getMessage(), e);
        }
        Node root = new Node(source, "", asMap(source, "the file", document));
        root.onlyKeys(CATALOG_KEYS);

        LocalDate validFrom = root.date("validFrom");
        Node consent = root.child("guardianConsent");
        GuardianConsentRule consentRule = new GuardianConsentRule(
                consent.integer("requiredBelowAge", 0, OLDEST_POSSIBLE_AGE),
                consent.text("reference"),
                consent.text("text"));

        List<Insats> insatser = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<Node> entries = root.list("insatser");
        if (entries.isEmpty()) {
            throw root.invalid("has no insatser");
        }
        for (Node entry : entries) {
            Insats insats = insats(entry);
            if (!ids.add(insats.id())) {
                throw entry.invalid("duplicate id '" + insats.id() + "'");
            }
            insatser.add(insats);
        }
        return new Catalog(root.text("version"), validFrom, root.text("title"), consentRule,
                root.text("targetGroupNote"), insatser);
    }

    private Insats insats(Node entry) {
        String id = entry.text("id");
        Node node = entry.named(id);
        node.onlyKeys(INSATS_KEYS);
        if (!INSATS_ID.matcher(id).matches()) {
            throw node.invalid("id must be lower-case words joined by '-'");
        }
        String unitId = node.text("unit");
        Unit unit = Unit.byId(unitId).orElseThrow(() -> node.invalid("unknown unit '" + unitId + "' (known: "
                + Arrays.stream(Unit.values()).map(Unit::id).collect(Collectors.joining(", ")) + ")"));

        List<Condition> conditions = new ArrayList<>();
        for (Node condition : node.listOrEmpty("conditions")) {
            conditions.add(condition(condition));
        }
        return new Insats(id, unit.id(), node.text("section"), node.text("name"), node.text("targetGroup"),
                node.text("content"), conditions, node.optionalText("guardianConsentNote"),
                node.has("sessionPlan") ? sessionPlan(node.child("sessionPlan")) : null,
                documentation(node.child("documentation")));
    }

    private Condition condition(Node node) {
        String type = node.text("type");
        String description = node.text("description");
        return switch (node.enumValue("type", ConditionType.class, type)) {
            case MIN_AGE -> {
                node.onlyKeys(Set.of("type", "minAge", "description"));
                yield Condition.minimumAge(node.integer("minAge", 0, OLDEST_POSSIBLE_AGE), description);
            }
            case LEGAL_GENDER -> {
                node.onlyKeys(Set.of("type", "legalGender", "description"));
                yield Condition.legalGender(
                        node.enumValue("legalGender", LegalGender.class, node.text("legalGender")), description);
            }
        };
    }

    private SessionPlan sessionPlan(Node node) {
        node.onlyKeys(SESSION_PLAN_KEYS);
        return new SessionPlan(node.text("text"), node.optionalCount("plannedSessions"),
                node.optionalCount("plannedBoosterSessions"), node.optionalCount("plannedFollowUpSessions"),
                node.optionalCount("maxSessions"), node.optionalCount("phases"));
    }

    private Documentation documentation(Node node) {
        node.onlyKeys(Set.of("regime", "legalReference"));
        DocumentationRegime regime = node.enumValue("regime", DocumentationRegime.class, node.text("regime"));
        String reference = node.text("legalReference");
        // The regime is only lawful with its own paragraph of 14 kap. SoL; a mismatch is a transcription error.
        if (!reference.contains(regime.section())) {
            throw node.invalid("legalReference '" + reference + "' does not cite " + regime.section()
                    + " as regime " + regime + " requires");
        }
        return new Documentation(regime, reference);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(String source, String where, Object value) {
        if (!(value instanceof Map<?, ?> map)) {
            throw new InvalidCatalogException("Catalog file " + source + ": " + where + " must be a mapping");
        }
        return (Map<String, Object>) map;
    }

    /** A mapping in the file, with its path for messages. */
    private record Node(String source, String path, Map<String, Object> values) {

        Node named(String id) {
            return new Node(source, path + " (" + id + ")", values);
        }

        InvalidCatalogException invalid(String problem) {
            return new InvalidCatalogException("Catalog file " + source + (path.isEmpty() ? "" : ", " + path)
                    + ": " + problem);
        }

        boolean has(String key) {
            return values.get(key) != null;
        }

        void onlyKeys(Set<String> allowed) {
            for (String key : values.keySet()) {
                if (!allowed.contains(key)) {
                    throw invalid("unknown field '" + key + "'");
                }
            }
        }

        Object required(String key) {
            Object value = values.get(key);
            if (value == null) {
                throw invalid("missing '" + key + "'");
            }
            return value;
        }

        String text(String key) {
            String text = String.valueOf(required(key)).strip();
            if (text.isEmpty()) {
                throw invalid("'" + key + "' is empty");
            }
            return text;
        }

        String optionalText(String key) {
            return has(key) ? text(key) : null;
        }

        int integer(String key, int min, int max) {
            if (!(required(key) instanceof Integer number) || number < min || number > max) {
                throw invalid("'" + key + "' must be a whole number from " + min + " to " + max);
            }
            return number;
        }

        Integer optionalCount(String key) {
            return has(key) ? integer(key, 1, 1000) : null;
        }

        <E extends Enum<E>> E enumValue(String key, Class<E> type, String value) {
            try {
                return Enum.valueOf(type, value);
            } catch (IllegalArgumentException e) {
                throw invalid("'" + key + "' has unknown value '" + value + "' (known: "
                        + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))
                        + ")");
            }
        }

        LocalDate date(String key) {
            Object value = required(key);
            if (value instanceof Date date) {
                return date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
            }
            try {
                return LocalDate.parse(String.valueOf(value));
            } catch (DateTimeParseException e) {
                throw invalid("'" + key + "' must be a date like 2025-07-01");
            }
        }

        Node child(String key) {
            return new Node(source, join(key), asMap(source, join(key), required(key)));
        }

        List<Node> list(String key) {
            Object value = required(key);
            if (!(value instanceof List<?> items)) {
                throw invalid("'" + key + "' must be a list");
            }
            List<Node> nodes = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                String itemPath = join(key) + "[" + (i + 1) + "]";
                nodes.add(new Node(source, itemPath, asMap(source, itemPath, items.get(i))));
            }
            return nodes;
        }

        List<Node> listOrEmpty(String key) {
            return has(key) ? list(key) : List.of();
        }

        private String join(String key) {
            return path.isEmpty() ? key : path + "." + key;
        }
    }
}
