package se.jamtland.eligibility.catalog;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import jakarta.inject.Singleton;
import se.jamtland.events.Channel;
import se.jamtland.events.DocumentationRegime;
import se.jamtland.events.Unit;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The JSON Schema (draft 2020-12) of a catalog file, {@code catalog/bilaga-catalog.schema.json}, with its value
 * lists filled from the one vocabulary (units, channels, regimes from {@code se.jamtland.events}; villkor types
 * and legal genders from this service), so the schema can never list a unit the suite does not know. Served at
 * {@code GET /catalog/schema} for whoever edits a Bilaga, and checked against every catalog file at start-up.
 * <p>
 * Start-up time: Jackson 3's object mapper (some 500 classes, 300-400 ms of CPU on this machine) must never load,
 * and the validator loads it whenever it turns a node into text. So the schema is read with snakeyaml (JSON is
 * YAML) and handed over as a tree; it uses no {@code if}, whose discarded errors are written out; and the validator
 * checks a vocabulary by an anchored pattern of the same values the served schema lists as its {@code enum} (the
 * enum keyword writes out each text value when it is compiled). Compiling and checking the catalog then costs
 * tens of milliseconds.
 */
@Singleton
public final class CatalogSchema {

    private static final String RESOURCE = "catalog/bilaga-catalog.schema.json";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Locale SWEDISH = Locale.forLanguageTag("sv");

    private final Map<String, List<String>> vocabularies = Map.of(
            "unit", Unit.ids(),
            "channel", names(Channel.values()),
            "regime", names(DocumentationRegime.values()),
            "conditionType", names(ConditionType.values()),
            "legalGender", names(LegalGender.values()));
    private final Map<String, Object> document;
    private final Schema schema;

    public CatalogSchema() {
        Map<String, Object> served = load();
        Map<String, Object> checked = load();
        fillVocabularies(served, values -> Map.of("enum", values));
        fillVocabularies(checked, values -> Map.of("pattern", "^(" + String.join("|", values) + ")$"));
        this.document = Collections.unmodifiableMap(served);
        this.schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(toJson(checked));
    }

    /** The schema as served, value lists filled in, for the web layer to write as JSON. */
    public Map<String, Object> document() {
        return document;
    }

    /** Every place the parsed file breaks the schema, empty when it keeps to it. */
    public List<SchemaProblem> problems(Object yamlDocument) {
        JsonNode instance = toJson(yamlDocument);
        List<SchemaProblem> problems = new ArrayList<>();
        for (Error error : schema.validate(instance, context -> context.executionConfig(config -> config.locale(SWEDISH)))) {
            problems.add(problem(error, instance));
        }
        return problems;
    }

    /** Throws, naming file, insats and field of the first problems, when the parsed file breaks the schema. */
    public void requireValid(String source, Object yamlDocument) {
        List<SchemaProblem> problems = problems(yamlDocument);
        if (!problems.isEmpty()) {
            List<SchemaProblem> shown = problems.subList(0, Math.min(5, problems.size()));
            throw new InvalidCatalogException(
                    "Catalog file " + source + " breaks " + RESOURCE + ": "
                            + String.join("; ", shown.stream().map(p -> p.where() + ": " + p.english()).toList()),
                    "Katalogfilen " + source + " följer inte schemat: "
                            + String.join("; ", shown.stream().map(p -> p.where() + ": " + p.swedish()).toList()));
        }
    }

    /**
     * One break of the schema: {@code where} in the reader's words ({@code insatser[5] (cmv-x).channels.allowed[1]}),
     * what is wrong in English for the start-up log and in Swedish for the unit manager.
     */
    public record SchemaProblem(String where, String english, String swedish) {
    }

    private SchemaProblem problem(Error error, JsonNode instance) {
        String where = where(error.getInstanceLocation(), instance);
        Object[] arguments = error.getArguments() == null ? new Object[0] : error.getArguments();
        String first = arguments.length > 0 ? String.valueOf(arguments[0]) : "";
        String field = error.getProperty() != null ? error.getProperty() : first;
        String in = where.isEmpty() ? "" : where + ".";
        String schemaPlace = String.valueOf(error.getSchemaLocation());
        for (Map.Entry<String, List<String>> vocabulary : vocabularies.entrySet()) {
            if (schemaPlace.contains("/$defs/" + vocabulary.getKey() + "/")) {
                String known = String.join(", ", vocabulary.getValue());
                return new SchemaProblem(where, "unknown value (known: " + known + ")",
                        "okänt värde (kända: " + known + ")");
            }
        }
        return switch (error.getKeyword()) {
            case "required" -> new SchemaProblem(in + field, "missing", "fältet saknas");
            case "additionalProperties" ->
                    new SchemaProblem(in + field, "unknown field", "okänt fält, finns inte i en katalogfil");
            case "pattern" -> new SchemaProblem(where, "does not match " + first,
                    "fel form eller tomt (ska matcha " + first + ")");
            case "type" -> new SchemaProblem(where, "must be of type " + (arguments.length > 1 ? arguments[1] : ""),
                    "fel sorts värde (" + (arguments.length > 1 ? arguments[1] : "") + " väntas)");
            case "minimum", "maximum" -> new SchemaProblem(where, "out of range (" + error.getKeyword() + " " + first + ")",
                    "utanför tillåtet intervall (" + (error.getKeyword().equals("minimum") ? "minst " : "högst ")
                            + first + ")");
            case "minItems" -> new SchemaProblem(where, "must list at least " + first, "ska ha minst " + first + " värde");
            case "uniqueItems" -> new SchemaProblem(where, "lists a value twice", "nämner ett värde två gånger");
            case "const" -> new SchemaProblem(where, "must be " + first, "ska vara " + first);
            case "dependentRequired" -> new SchemaProblem(in + first, "missing (required with " + field + ")",
                    "fältet saknas (det krävs när " + field + " anges)");
            // Used only by a villkor: type, description and its one value.
            case "minProperties", "maxProperties" -> new SchemaProblem(where, "a villkor has type, description and "
                    + "one value (minAge or legalGender)", "ett villkor har type, description och ett värde: minAge "
                    + "för MIN_AGE eller legalGender för LEGAL_GENDER");
            default -> new SchemaProblem(where, error.getKeyword(), error.getMessage());
        };
    }

    /** The reader's way of naming a place: 1-based items, an insats followed by its id. */
    private static String where(NodePath path, JsonNode instance) {
        StringBuilder where = new StringBuilder();
        JsonNode node = instance;
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            if (element instanceof Integer index) {
                where.append('[').append(index + 1).append(']');
                node = node == null ? null : node.get(index);
                if (i == 1 && node != null && node.get("id") != null && node.get("id").isString()) {
                    where.append(" (").append(node.get("id").asString()).append(')');
                }
            } else {
                if (!where.isEmpty()) {
                    where.append('.');
                }
                where.append(element);
                node = node == null ? null : node.get(String.valueOf(element));
            }
        }
        return where.toString();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> load() {
        try (InputStream in = CatalogSchema.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each {@code x-vocabulary} in {@code $defs} gets the keyword that allows just the values it has now. */
    @SuppressWarnings("unchecked")
    private void fillVocabularies(Map<String, Object> schema, Function<List<String>, Map<String, Object>> keyword) {
        for (Object value : ((Map<String, Object>) schema.get("$defs")).values()) {
            if (value instanceof Map<?, ?> def && def.containsKey("x-vocabulary")) {
                String vocabulary = String.valueOf(def.get("x-vocabulary"));
                List<String> values = vocabularies.get(vocabulary);
                if (values == null) {
                    throw new IllegalStateException(RESOURCE + ": unknown x-vocabulary '" + vocabulary + "'");
                }
                Map<String, Object> filled = (Map<String, Object>) def;
                filled.remove("x-vocabulary");
                filled.putAll(keyword.apply(values));
            }
        }
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    /** The YAML as snakeyaml reads it, as JSON: maps, lists, texts, numbers, booleans; a bare date as text. */
    private static JsonNode toJson(Object value) {
        if (value instanceof Map<?, ?> map) {
            ObjectNode object = NODES.objectNode();
            map.forEach((key, item) -> object.set(String.valueOf(key), toJson(item)));
            return object;
        }
        if (value instanceof List<?> list) {
            ArrayNode array = NODES.arrayNode();
            list.forEach(item -> array.add(toJson(item)));
            return array;
        }
        if (value instanceof Integer number) {
            return NODES.numberNode(number);
        }
        if (value instanceof Long number) {
            return NODES.numberNode(number);
        }
        if (value instanceof Double number) {
            return NODES.numberNode(number);
        }
        if (value instanceof Boolean bool) {
            return NODES.booleanNode(bool);
        }
        if (value instanceof Date date) {
            return NODES.stringNode(date.toInstant().atZone(ZoneOffset.UTC).toLocalDate().toString());
        }
        if (value == null) {
            return NODES.nullNode();
        }
        return NODES.stringNode(String.valueOf(value));
    }
}
