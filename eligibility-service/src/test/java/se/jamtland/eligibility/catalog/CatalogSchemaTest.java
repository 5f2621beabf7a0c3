package se.jamtland.eligibility.catalog;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.jamtland.events.Channel;
import se.jamtland.events.DocumentationRegime;
import se.jamtland.events.Unit;

import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The published schema of a catalog file: the shipped files keep to it, and it refuses what the reader refuses. */
class CatalogSchemaTest {

    private static final CatalogSchema SCHEMA = new CatalogSchema();

    private static final String HEADER = CatalogFileReaderTest.HEADER + """
              - id: cmv-test
                unit: cmv
                section: "9.9"
                name: "Testinsats"
                targetGroup: "Alla"
                content: "Samtal"
            """;
    private static final String ADVISORY =
            "    documentation: { regime: ADVISORY, legalReference: \"14 kap. 4 § socialtjänstlagen (2025:400)\" }\n";

    private static Object parse(String yaml) {
        return CatalogFileReader.parse("catalog/test.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    private static Object resource(String path) throws Exception {
        try (InputStream in = CatalogSchemaTest.class.getClassLoader().getResourceAsStream(path)) {
            return CatalogFileReader.parse(path, in);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"catalog/bilaga-1-2025-07-01.yaml", "catalog/test-bilaga-2026-01-01.yaml"})
    void every_catalog_file_the_service_reads_keeps_to_the_schema(String path) throws Exception {
        assertThat(SCHEMA.problems(resource(path))).isEmpty();
        assertThat(servedAccepts(resource(path))).isTrue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_schemas_value_lists_are_the_vocabularys_own() {
        Map<String, Object> defs = (Map<String, Object>) SCHEMA.document().get("$defs");

        assertThat(((Map<String, Object>) defs.get("unit")).get("enum")).isEqualTo(Unit.ids());
        assertThat(((Map<String, Object>) defs.get("channel")).get("enum"))
                .isEqualTo(Arrays.stream(Channel.values()).map(Enum::name).toList());
        assertThat(((Map<String, Object>) defs.get("regime")).get("enum"))
                .isEqualTo(Arrays.stream(DocumentationRegime.values()).map(Enum::name).toList());
        assertThat(defs.values()).noneMatch(def -> ((Map<String, Object>) def).containsKey("x-vocabulary"));
        assertThat(SCHEMA.document()).containsEntry("$schema", "https://json-schema.org/draft/2020-12/schema");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            an unknown unit                        | unit: cmv                  | unit: socialkontoret
            a regime without its legal reference   | legalReference: "14 kap. 4 § socialtjänstlagen (2025:400)" | legalReference: null
            a villkor of an unknown type           | content: "Samtal"          | content: "Samtal"\\n    conditions: [{ type: BOR_I_KOMMUNEN, description: "x" }]
            an age villkor without an age          | content: "Samtal"          | content: "Samtal"\\n    conditions: [{ type: MIN_AGE, description: "15 år" }]
            an age villkor with text for an age    | content: "Samtal"          | content: "Samtal"\\n    conditions: [{ type: MIN_AGE, minAge: femton, description: "15 år" }]
            a villkor without its description      | content: "Samtal"          | content: "Samtal"\\n    conditions: [{ type: MIN_AGE, minAge: 15 }]
            a misspelt field                       | content: "Samtal"          | innehall: "Samtal"
            an unknown channel                     | content: "Samtal"          | content: "Samtal"\\n    channels: { allowed: [FAX], basis: "b", reference: "r" }
            a channel named twice                  | content: "Samtal"          | content: "Samtal"\\n    channels: { allowed: [PHONE, PHONE], basis: "b", reference: "r" }
            a window ending before the barnförhör  | content: "Samtal"          | content: "Samtal"\\n    interviewWindow: { latestDaysAfter: -1, basis: "b", reference: "r" }
            a plan without its reference           | content: "Samtal"          | content: "Samtal"\\n    sessionPlan: { text: "5 samtal", maxSessions: 5 }
            links without their reference          | content: "Samtal"          | content: "Samtal"\\n    caseLinks: { mayLinkTo: [cmv-test], basis: "b" }
            an inference without its basis         | text: "Samtycke under 15 år." | text: "Samtycke under 15 år.", inference: true
            an empty name                          | name: "Testinsats"         | name: "  "
            """)
    void what_the_reader_refuses_the_schema_refuses_too(String what, String from, String to) {
        String broken = (HEADER + ADVISORY).replace(from, to.replace("\\n", "\n")).replace("legalReference: null }", "}");

        assertThat(broken).as(what).isNotEqualTo(HEADER + ADVISORY);
        assertThatThrownBy(() -> new CatalogFileReader().read("catalog/test.yaml", parse(broken)))
                .as(what).isInstanceOf(InvalidCatalogException.class);
        assertThat(SCHEMA.problems(parse(broken))).as(what).isNotEmpty();
        assertThat(servedAccepts(parse(broken))).as(what + ", by the schema as served").isFalse();
    }

    @Test
    void a_break_is_named_by_insats_and_field_in_english_and_swedish() {
        List<CatalogSchema.SchemaProblem> problems = SCHEMA.problems(parse((HEADER + ADVISORY)
                .replace("content: \"Samtal\"", "content: \"Samtal\"\n    channels: { allowed: [FAX], basis: \"b\" }")));

        assertThat(problems).extracting(CatalogSchema.SchemaProblem::where).containsExactlyInAnyOrder(
                "insatser[1] (cmv-test).channels.allowed[1]", "insatser[1] (cmv-test).channels.reference");
        assertThat(problems).extracting(CatalogSchema.SchemaProblem::swedish)
                .contains("fältet saknas").contains("okänt värde (kända: PHONE, CHAT, VISIT, VIDEO, DIGITAL)");
    }

    @Test
    void a_file_the_reader_accepts_but_the_schema_does_not_stops_start_up_naming_file_insats_and_field() {
        // The reader takes an unquoted 9.9 as the text "9.9"; the schema, which an editor checks by, wants a text.
        String yaml = (HEADER + ADVISORY).replace("section: \"9.9\"", "section: 9.9");

        assertThatThrownBy(() -> CatalogVersions.readValidated("catalog/test.yaml",
                new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), SCHEMA))
                .isInstanceOf(InvalidCatalogException.class)
                .hasMessageContaining("catalog/test.yaml")
                .hasMessageContaining("insatser[1] (cmv-test).section");
    }

    /** The schema as served (vocabularies as enum), validated by a fresh validator; tests only. */
    private static final Schema SERVED = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(JsonMapper.builder().build().valueToTree(SCHEMA.document()));

    private static boolean servedAccepts(Object yamlDocument) {
        return SERVED.validate(JsonMapper.builder().build().valueToTree(yamlDocument)).isEmpty();
    }

    @Test
    void the_served_schema_is_a_valid_draft_2020_12_schema() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        Schema metaSchema = registry.getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));

        assertThat(metaSchema.validate(JsonMapper.builder().build().valueToTree(SCHEMA.document()))).isEmpty();
    }

    @Test
    void checking_the_shipped_catalog_never_loads_jackson_3s_object_mapper() throws Exception {
        // Some 500 classes and 300-400 ms of CPU at every start-up: what CatalogSchema's design keeps out.
        try (IsolatedLoader loader = new IsolatedLoader()) {
            Class<?> schema = loader.loadClass(CatalogSchema.class.getName());
            Class<?> reader = loader.loadClass(CatalogFileReader.class.getName());
            Object instance = schema.getConstructor().newInstance();
            Object document;
            try (InputStream in = loader.getResourceAsStream("catalog/bilaga-1-2025-07-01.yaml")) {
                document = reader.getMethod("parse", String.class, InputStream.class).invoke(null, "bilaga", in);
            }
            schema.getMethod("requireValid", String.class, Object.class).invoke(instance, "bilaga", document);

            assertThat(loader.loaded("com.networknt.schema.Schema")).as("the validator ran").isTrue();
            assertThat(loader.loaded("tools.jackson.databind.ObjectMapper")).isFalse();
        }
    }

    /** The test's own classpath in a loader of its own, so what it loads says what the code under test needs. */
    private static final class IsolatedLoader extends URLClassLoader {

        IsolatedLoader() throws Exception {
            super(classpath(), ClassLoader.getPlatformClassLoader());
        }

        boolean loaded(String name) {
            return findLoadedClass(name) != null;
        }

        private static URL[] classpath() throws Exception {
            List<URL> urls = new ArrayList<>();
            for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                urls.add(Path.of(entry).toUri().toURL());
            }
            return urls.toArray(URL[]::new);
        }
    }
}
