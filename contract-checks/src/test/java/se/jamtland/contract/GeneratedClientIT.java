package se.jamtland.contract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;
import se.jamtland.testinfra.ScratchDirectory;

import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Java client generated from each served document with openapi-generator 7.10 (library "native"), as a
 * case-system vendor would make one, compiled, and read for its names (issue 12 §3): one API class per tag named
 * from the ASCII tag ({@code advisory-contacts} → {@code AdvisoryContactsApi}, no {@code RdgivandeKontakterApi}),
 * one method per operation named by its operationId (no {@code list1}, {@code callList}).
 */
class GeneratedClientIT {

    private static final Path GENERATOR = Path.of("target", "tools", "openapi-generator-cli.jar");
    private static final Pattern PUBLIC_METHOD = Pattern.compile("^  public [\\w<>, .]+ (\\w+)\\(", Pattern.MULTILINE);
    private static final Set<String> CLIENT_PLUMBING = Set.of("getApiClient", "getHostInfo");

    static List<String> documents() {
        return ServedDocuments.ALL;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void a_java_client_generated_from_a_document_compiles_with_classes_and_methods_named_by_its_tags_and_operation_ids(
            String document) throws Exception {
        String name = document.replaceAll("-[\\d.]+\\.yml$", "");
        String basePackage = "se.jamtland.client." + name.replace("-", "");
        // Emptied first: classes of an operation the document no longer has would otherwise still be compared.
        Path output = ScratchDirectory.recreate(Path.of("target", "generated-clients", name));
        generate(ServedDocuments.written(document), output, basePackage);

        Path sources = output.resolve("src/main/java");
        compile(sources, output.resolve("classes"));

        Path api = sources.resolve(basePackage.replace('.', '/')).resolve("api");
        Map<String, Set<String>> expected = expectedApis(document);
        Map<String, Set<String>> generated = generatedApis(api);
        assertThat(generated).as("API classes and their operation methods generated from %s", document)
                .isEqualTo(expected);
        assertThat(generated.keySet()).allMatch(type -> type.matches("[A-Z][A-Za-z0-9]*Api"));
    }

    private static void generate(Path document, Path output, String basePackage) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process generator = new ProcessBuilder(java, "-jar", GENERATOR.toString(), "generate",
                "-g", "java", "--library", "native", "-i", document.toString(), "-o", output.toString(),
                "--additional-properties=openApiNullable=false,useJakartaEe=true,hideGenerationTimestamp=true,"
                        + "apiPackage=" + basePackage + ".api,modelPackage=" + basePackage + ".model,"
                        + "invokerPackage=" + basePackage,
                "--global-property=apiTests=false,modelTests=false,apiDocs=false,modelDocs=false")
                .redirectErrorStream(true).start();
        String log = new String(generator.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(generator.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(generator.exitValue()).as("openapi-generator over %s:%n%s", document, log).isZero();
    }

    /** Compiled against this module's test classpath, which holds the client's Jackson and jakarta.annotation. */
    private static void compile(Path sources, Path classes) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(file -> file.toString().endsWith(".java")).toList();
        }
        Files.createDirectories(classes);
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager fileManager = compiler.getStandardFileManager(diagnostics, null,
                StandardCharsets.UTF_8)) {
            boolean compiled = compiler.getTask(null, fileManager, diagnostics,
                    List.of("-classpath", System.getProperty("java.class.path"), "-d", classes.toString(),
                            "-proc:none", "-nowarn"),
                    null, fileManager.getJavaFileObjectsFromPaths(files)).call();
            assertThat(compiled).as("the generated client compiles:%n%s", diagnostics.getDiagnostics().stream()
                    .map(Object::toString).collect(Collectors.joining("\n"))).isTrue();
        }
    }

    /** Per tag, the class a generator names from it and the operationIds of the operations tagged with it first. */
    @SuppressWarnings("unchecked")
    private static Map<String, Set<String>> expectedApis(String document) throws IOException {
        Map<String, Object> openApi;
        try (InputStream in = Files.newInputStream(ServedDocuments.written(document))) {
            openApi = new Yaml().load(in);
        }
        Map<String, Map<String, Map<String, Object>>> paths =
                (Map<String, Map<String, Map<String, Object>>>) openApi.get("paths");
        return paths.values().stream().flatMap(operations -> operations.values().stream())
                .collect(Collectors.groupingBy(
                        operation -> className(((List<String>) operation.get("tags")).get(0)),
                        Collectors.mapping(operation -> (String) operation.get("operationId"),
                                Collectors.toCollection(TreeSet::new))));
    }

    private static String className(String tag) {
        return Arrays.stream(tag.split("-"))
                .map(word -> Character.toUpperCase(word.charAt(0)) + word.substring(1))
                .collect(Collectors.joining()) + "Api";
    }

    /** Per generated API class, its public methods other than the client's own plumbing and the *WithHttpInfo twins. */
    private static Map<String, Set<String>> generatedApis(Path api) throws IOException {
        try (Stream<Path> files = Files.list(api)) {
            return files.filter(file -> file.toString().endsWith(".java")).collect(Collectors.toMap(
                    file -> file.getFileName().toString().replace(".java", ""), GeneratedClientIT::operationMethods));
        }
    }

    private static Set<String> operationMethods(Path apiClass) {
        try {
            Matcher method = PUBLIC_METHOD.matcher(Files.readString(apiClass));
            Set<String> names = new TreeSet<>();
            while (method.find()) {
                String name = method.group(1);
                if (!name.endsWith("WithHttpInfo") && !CLIENT_PLUMBING.contains(name)) {
                    names.add(name);
                }
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
