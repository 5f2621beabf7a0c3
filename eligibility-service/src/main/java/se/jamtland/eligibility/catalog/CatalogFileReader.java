package se.jamtland.eligibility.catalog;

import se.jamtland.events.Channel;
import se.jamtland.events.DocumentationRegime;
import se.jamtland.events.Unit;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads one catalog file and refuses anything it cannot trust: an unknown unit, a duplicate id, a regime
 * without its legal reference, a villkor it cannot evaluate, a channel outside the vocabulary, a case link to an
 * insats of another unit, a rule without the reference it stands on. Every message names the file and the entry,
 * so whoever edits the Bilaga's data sees at start-up exactly what to fix; each has a Swedish twin for the unit
 * manager's check of a draft ({@link se.jamtland.eligibility.catalog.check.CatalogCheck}).
 */
public final class CatalogFileReader {

    private static final Pattern INSATS_ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final int OLDEST_POSSIBLE_AGE = 130;
    private static final int LONGEST_WINDOW_DAYS = 365;

    private static final Set<String> CATALOG_KEYS = Set.of(
            "version", "validFrom", "title", "guardianConsent", "targetGroupNote", "insatser", "units");
    private static final Set<String> CONTACT_KEYS = Set.of("channels", "text", "inference", "basis", "reference");
    private static final Set<String> CONSENT_KEYS = Set.of("requiredBelowAge", "reference", "text", "inference", "basis",
            "guardianSecrecyBelowAge", "guardianSecrecyReference");
    private static final Set<String> INSATS_KEYS = Set.of(
            "id", "unit", "section", "name", "targetGroup", "content", "conditions", "guardianConsentNote",
            "sessionPlan", "channels", "caseLinks", "interviewWindow", "documentation");
    private static final Set<String> SESSION_PLAN_KEYS = Set.of("text", "plannedSessions", "plannedBoosterSessions",
            "plannedFollowUpSessions", "maxSessions", "phases", "reference");

    /** The file as YAML, before any rule of the catalog: what both this reader and the schema look at. */
    public static Object parse(String source, InputStream yaml) {
        try {
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        } catch (YAMLException e) {
            throw new InvalidCatalogException("Catalog file " + source + " is not valid YAML: " + e.getMessage(),
                    "Katalogfilen " + source + " är inte giltig YAML: " + e.getMessage(), e);
        }
    }

    public Catalog read(String source, InputStream yaml) {
        return read(source, parse(source, yaml));
    }

    public Catalog read(String source, Object document) {
        Node root = new Node(source, "", asMap(source, "the file", document));
        root.onlyKeys(CATALOG_KEYS);

        LocalDate validFrom = root.date("validFrom");
        GuardianConsentRule consentRule = consentRule(root.child("guardianConsent"));

        List<Insats> insatser = new ArrayList<>();
        Map<String, Node> nodesById = new LinkedHashMap<>();
        List<Node> entries = root.list("insatser");
        if (entries.isEmpty()) {
            throw root.invalid("has no insatser", "har inga insatser");
        }
        for (Node entry : entries) {
            Insats insats = insats(entry);
            if (nodesById.putIfAbsent(insats.id(), entry.named(insats.id())) != null) {
                throw entry.invalid("duplicate id '" + insats.id() + "'",
                        "id:t '" + insats.id() + "' finns redan tidigare i filen");
            }
            insatser.add(insats);
        }
        for (Insats insats : insatser) {
            requireLinksWithinUnit(insats, insatser, nodesById.get(insats.id()));
        }
        return new Catalog(root.text("version"), validFrom, root.text("title"), consentRule,
                root.text("targetGroupNote"), insatser, units(root));
    }

    /** Optional: a file without it gives no contact routes, and the gateway then names the unit only. */
    private List<UnitContact> units(Node root) {
        List<UnitContact> units = new ArrayList<>();
        for (Node entry : root.listOrEmpty("units")) {
            entry.onlyKeys(Set.of("id", "name", "contact"));
            String id = entry.text("id");
            Node node = entry.named(id);
            if (Unit.byId(id).isEmpty()) {
                throw node.invalid("unknown unit '" + id + "' (known: " + String.join(", ", Unit.ids()) + ")",
                        "okänd verksamhet '" + id + "' (kända: " + String.join(", ", Unit.ids()) + ")");
            }
            if (units.stream().anyMatch(unit -> unit.id().equals(id))) {
                throw node.invalid("unit '" + id + "' is listed twice", "verksamheten '" + id + "' finns två gånger");
            }
            Node contact = node.child("contact");
            contact.onlyKeys(CONTACT_KEYS);
            boolean inference = contact.has("inference");
            if (inference && !contact.bool("inference")) {
                throw contact.invalid("'inference' is either true or left out",
                        "fältet 'inference' är true eller utelämnas");
            }
            List<Channel> channels = new ArrayList<>();
            for (String name : contact.has("channels") ? contact.texts("channels") : List.<String>of()) {
                channels.add(contact.enumValue("channels", Channel.class, name));
            }
            units.add(new UnitContact(id, node.text("name"), new UnitContact.Route(channels, contact.text("text"),
                    inference, inference ? contact.text("basis") : contact.optionalText("basis"),
                    contact.text("reference"))));
        }
        return units;
    }

    private GuardianConsentRule consentRule(Node node) {
        node.onlyKeys(CONSENT_KEYS);
        // An age the Bilaga does not state itself is marked (inference: true) and must say what it is inferred
        // from (see the 2025-07-01 file). A rule in the Bilaga's own words leaves inference out.
        boolean inference = node.has("inference");
        if (inference && !node.bool("inference")) {
            throw node.invalid("'inference' is either true or left out", "fältet 'inference' är true eller utelämnas");
        }
        String basis = inference ? node.text("basis") : node.optionalText("basis");
        return new GuardianConsentRule(node.integer("requiredBelowAge", 0, OLDEST_POSSIBLE_AGE),
                node.text("reference"), node.text("text"), inference, basis,
                node.integer("guardianSecrecyBelowAge", 0, OLDEST_POSSIBLE_AGE), node.text("guardianSecrecyReference"));
    }

    private Insats insats(Node entry) {
        String id = entry.text("id");
        Node node = entry.named(id);
        node.onlyKeys(INSATS_KEYS);
        if (!INSATS_ID.matcher(id).matches()) {
            throw node.invalid("id must be lower-case words joined by '-'",
                    "id ska vara ord med små bokstäver förenade med '-'");
        }
        String unitId = node.text("unit");
        String known = String.join(", ", Unit.ids());
        Unit unit = Unit.byId(unitId).orElseThrow(() -> node.invalid(
                "unknown unit '" + unitId + "' (known: " + known + ")",
                "okänd verksamhet '" + unitId + "' i fältet unit (kända: " + known + ")"));

        List<Condition> conditions = new ArrayList<>();
        for (Node condition : node.listOrEmpty("conditions")) {
            conditions.add(condition(condition));
        }
        return new Insats(id, unit.id(), node.text("section"), node.text("name"), node.text("targetGroup"),
                node.text("content"), conditions, node.optionalText("guardianConsentNote"),
                node.has("sessionPlan") ? sessionPlan(node.child("sessionPlan")) : null,
                node.has("channels") ? channels(node.child("channels")) : null,
                node.has("caseLinks") ? caseLinks(node.child("caseLinks")) : null,
                node.has("interviewWindow") ? interviewWindow(node.child("interviewWindow")) : null,
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
                node.optionalCount("maxSessions"), node.optionalCount("phases"), node.text("reference"));
    }

    private Channels channels(Node node) {
        node.onlyKeys(Set.of("allowed", "basis", "reference"));
        List<String> names = node.texts("allowed");
        List<Channel> allowed = new ArrayList<>();
        for (String name : names) {
            allowed.add(node.enumValue("allowed", Channel.class, name));
        }
        if (new HashSet<>(allowed).size() != allowed.size()) {
            throw node.invalid("'allowed' names a channel twice", "fältet allowed nämner en kanal två gånger");
        }
        return new Channels(List.copyOf(allowed), node.text("basis"), node.text("reference"));
    }

    private CaseLinks caseLinks(Node node) {
        node.onlyKeys(Set.of("mayLinkTo", "basis", "reference"));
        List<String> ids = node.texts("mayLinkTo");
        if (new HashSet<>(ids).size() != ids.size()) {
            throw node.invalid("'mayLinkTo' names an insats twice", "fältet mayLinkTo nämner en insats två gånger");
        }
        return new CaseLinks(ids, node.text("basis"), node.text("reference"));
    }

    private InterviewWindow interviewWindow(Node node) {
        node.onlyKeys(Set.of("latestDaysAfter", "basis", "reference"));
        return new InterviewWindow(node.integer("latestDaysAfter", 0, LONGEST_WINDOW_DAYS), node.text("basis"),
                node.text("reference"));
    }

    /** A case names another case of its own unit only (2.6); a link to nowhere would never be satisfiable. */
    private static void requireLinksWithinUnit(Insats insats, List<Insats> catalog, Node node) {
        if (insats.caseLinks() == null) {
            return;
        }
        for (String linked : insats.caseLinks().mayLinkTo()) {
            Insats target = catalog.stream().filter(other -> other.id().equals(linked)).findFirst()
                    .orElseThrow(() -> node.invalid("caseLinks.mayLinkTo names '" + linked
                                    + "', which is not an insats of this catalog",
                            "caseLinks.mayLinkTo nämner '" + linked + "', som inte är en insats i den här katalogen"));
            if (!target.unit().equals(insats.unit())) {
                throw node.invalid("caseLinks.mayLinkTo names '" + linked + "' of unit " + target.unit()
                                + "; a case links only to a case of its own unit (" + insats.unit() + ")",
                        "caseLinks.mayLinkTo nämner '" + linked + "' som hör till " + target.unit()
                                + "; ett ärende kan bara kopplas till ett ärende i samma verksamhet ("
                                + insats.unit() + ")");
            }
        }
    }

    private Documentation documentation(Node node) {
        node.onlyKeys(Set.of("regime", "legalReference"));
        DocumentationRegime regime = node.enumValue("regime", DocumentationRegime.class, node.text("regime"));
        String reference = node.text("legalReference");
        // The regime is only lawful with its own paragraph of 14 kap. SoL; a mismatch is a transcription error.
        if (!reference.contains(regime.section())) {
            throw node.invalid("legalReference '" + reference + "' does not cite " + regime.section()
                            + " as regime " + regime + " requires",
                    "legalReference '" + reference + "' hänvisar inte till " + regime.section()
                            + ", som dokumentationsformen " + regime + " kräver");
        }
        return new Documentation(regime, reference);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(String source, String where, Object value) {
        if (!(value instanceof Map<?, ?> map)) {
            throw new InvalidCatalogException("Catalog file " + source + ": " + where + " must be a mapping",
                    "Katalogfilen " + source + ": " + (where.equals("the file") ? "filen" : where)
                            + " måste vara en samling fält (nyckel: värde)");
        }
        return (Map<String, Object>) map;
    }

    /** A mapping in the file, with its path for messages. */
    private record Node(String source, String path, Map<String, Object> values) {

        Node named(String id) {
            return new Node(source, path + " (" + id + ")", values);
        }

        InvalidCatalogException invalid(String problem, String swedishProblem) {
            String where = path.isEmpty() ? "" : ", " + path;
            return new InvalidCatalogException("Catalog file " + source + where + ": " + problem,
                    "Katalogfilen " + source + where + ": " + swedishProblem);
        }

        boolean has(String key) {
            return values.get(key) != null;
        }

        void onlyKeys(Set<String> allowed) {
            for (String key : values.keySet()) {
                if (!allowed.contains(key)) {
                    throw invalid("unknown field '" + key + "'", "okänt fält '" + key + "'");
                }
            }
        }

        Object required(String key) {
            Object value = values.get(key);
            if (value == null) {
                throw invalid("missing '" + key + "'", "fältet '" + key + "' saknas");
            }
            return value;
        }

        String text(String key) {
            String text = String.valueOf(required(key)).strip();
            if (text.isEmpty()) {
                throw invalid("'" + key + "' is empty", "fältet '" + key + "' är tomt");
            }
            return text;
        }

        String optionalText(String key) {
            return has(key) ? text(key) : null;
        }

        boolean bool(String key) {
            if (!(required(key) instanceof Boolean value)) {
                throw invalid("'" + key + "' must be true or false", "fältet '" + key + "' ska vara true eller false");
            }
            return value;
        }

        int integer(String key, int min, int max) {
            if (!(required(key) instanceof Integer number) || number < min || number > max) {
                throw invalid("'" + key + "' must be a whole number from " + min + " to " + max,
                        "fältet '" + key + "' ska vara ett heltal från " + min + " till " + max);
            }
            return number;
        }

        Integer optionalCount(String key) {
            return has(key) ? integer(key, 1, 1000) : null;
        }

        /** A non-empty list of texts. */
        List<String> texts(String key) {
            if (!(required(key) instanceof List<?> items) || items.isEmpty()
                    || items.stream().anyMatch(item -> !(item instanceof String text) || text.isBlank())) {
                throw invalid("'" + key + "' must be a list of at least one text",
                        "fältet '" + key + "' ska vara en lista med minst ett värde");
            }
            return items.stream().map(item -> ((String) item).strip()).toList();
        }

        <E extends Enum<E>> E enumValue(String key, Class<E> type, String value) {
            try {
                return Enum.valueOf(type, value);
            } catch (IllegalArgumentException e) {
                String known = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
                throw invalid("'" + key + "' has unknown value '" + value + "' (known: " + known + ")",
                        "fältet '" + key + "' har det okända värdet '" + value + "' (kända: " + known + ")");
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
                throw invalid("'" + key + "' must be a date, YYYY-MM-DD",
                        "fältet '" + key + "' ska vara ett datum, ÅÅÅÅ-MM-DD");
            }
        }

        Node child(String key) {
            return new Node(source, join(key), asMap(source, join(key), required(key)));
        }

        List<Node> list(String key) {
            Object value = required(key);
            if (!(value instanceof List<?> items)) {
                throw invalid("'" + key + "' must be a list", "fältet '" + key + "' ska vara en lista");
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
