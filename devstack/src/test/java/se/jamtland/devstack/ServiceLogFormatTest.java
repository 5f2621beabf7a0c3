package se.jamtland.devstack;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.joran.spi.JoranException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.jamtland.runtime.LogFormat;
import se.jamtland.runtime.trace.TraceContext;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every service's logback.xml, as it is in the repository (issue 9 §6): JSON lines unless told otherwise, and under
 * the options devstack passes, one readable line per event in the columns devstack's own lines use.
 */
class ServiceLogFormatTest {

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private PrintStream realOut;

    /** Every main logback.xml of the repository: eligibility-service's, unit-core's (the units'), statistics'. */
    static List<Path> serviceConfigurations() throws IOException {
        Path root = RepoRoot.locate();
        try (Stream<Path> modules = Files.list(root)) {
            List<Path> found = modules.map(module -> module.resolve("src/main/resources/logback.xml"))
                    .filter(Files::isRegularFile).sorted().toList();
            assertThat(found).extracting(path -> path.getParent().getParent().getParent().getParent()
                    .getFileName().toString())
                    .contains("eligibility-service", "unit-core", "statistics-service");
            return found;
        }
    }

    @BeforeEach
    void captureTheConsole() {
        realOut = System.out;
        System.setOut(new PrintStream(console, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreTheConsole() {
        System.setOut(realOut);
    }

    @ParameterizedTest
    @MethodSource("serviceConfigurations")
    void without_a_log_format_a_service_writes_one_json_object_per_line(Path configuration) throws JoranException {
        log(configuration, Map.of(), "case opened");

        assertThat(lines()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("{").endsWith("}")
                .contains("\"level\":\"INFO\"", "\"formattedMessage\":\"case opened\""));
    }

    @ParameterizedTest
    @MethodSource("serviceConfigurations")
    void a_mistyped_log_format_still_gives_json_never_no_logs(Path configuration) throws JoranException {
        log(configuration, Map.of(LogFormat.FORMAT_PROPERTY, "Readable"), "case opened");

        assertThat(lines()).singleElement().satisfies(line -> assertThat(line).startsWith("{"));
    }

    @ParameterizedTest
    @MethodSource("serviceConfigurations")
    void under_devstack_a_service_writes_time_service_level_and_message_in_devstacks_columns(Path configuration)
            throws JoranException {
        log(configuration, devstackProperties("familjeradgivning-service"), "case opened");

        String line = lines().get(0);
        assertThat(lines()).hasSize(1);
        assertThat(line).matches("\\d{2}:\\d{2}:\\d{2}\\.\\d{3} familjeradgivning-service INFO  case opened");
        String devstacksOwn = Console.line("familjeradgivning-service", "INFO", "case opened");
        assertThat(line.substring(12)).isEqualTo(devstacksOwn.substring(12));
    }

    @ParameterizedTest
    @MethodSource("serviceConfigurations")
    void under_devstack_a_requests_line_begins_with_its_short_trace_id(Path configuration) throws JoranException {
        logForRequest(configuration, devstackProperties("cmv-service"), "request GET /cases -> 200 in 3 ms");

        assertThat(lines()).singleElement().satisfies(line -> assertThat(line)
                .matches("\\d{2}:\\d{2}:\\d{2}\\.\\d{3} cmv-service {15}INFO  "
                        + "\\[0af76519\\] request GET /cases -> 200 in 3 ms"));
    }

    @ParameterizedTest
    @MethodSource("serviceConfigurations")
    void a_requests_json_line_has_its_whole_trace_id(Path configuration) throws JoranException {
        logForRequest(configuration, Map.of(), "request GET /cases -> 200 in 3 ms");

        String mdc = "\"mdc\":\\s*\\{\\s*\"" + TraceContext.MDC_KEY
                + "\":\\s*\"0af7651916cd43dd8448eb211c80319c\"\\s*}";
        assertThat(lines()).singleElement().asString().startsWith("{").containsPattern(mdc);
    }

    @ParameterizedTest
    @MethodSource("serviceConfigurations")
    void an_exception_stays_on_its_events_line(Path configuration) throws JoranException {
        LoggerContext context = configure(configuration, devstackProperties("cmv-service"));
        context.getLogger("se.jamtland.unit").error("relay round failed",
                new IllegalStateException("broker gone", new RuntimeException("connection refused")));
        context.stop();

        assertThat(lines()).singleElement().satisfies(line -> assertThat(line)
                .contains("cmv-service", "ERROR", "relay round failed | java.lang.IllegalStateException: broker gone"));
    }

    private static Map<String, String> devstackProperties(String service) {
        return Map.of(LogFormat.FORMAT_PROPERTY, LogFormat.READABLE, LogFormat.SERVICE_PROPERTY, service);
    }

    private void log(Path configuration, Map<String, String> properties, String message) throws JoranException {
        LoggerContext context = configure(configuration, properties);
        Logger logger = context.getLogger("se.jamtland.unit");
        logger.info(message);
        logger.debug("below the service's level, so never written");
        context.stop();
    }

    /** A line written while a request is handled: the trace id in the MDC, as TraceContextFilter puts it. */
    private void logForRequest(Path configuration, Map<String, String> properties, String message)
            throws JoranException {
        LoggerContext context = configure(configuration, properties);
        context.getMDCAdapter().put(TraceContext.MDC_KEY, "0af7651916cd43dd8448eb211c80319c");
        context.getLogger("se.jamtland.runtime.trace").info(message);
        context.stop();
    }

    /** A context of its own, so the test JVM's logging (logback-test.xml) is not touched. */
    private static LoggerContext configure(Path configuration, Map<String, String> properties) throws JoranException {
        LoggerContext context = new LoggerContext();
        // What logback's own start-up sets on the context it makes.
        context.setMDCAdapter(new LogbackMDCAdapter());
        properties.forEach(context::putProperty);
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(configuration.toFile());
        return context;
    }

    private List<String> lines() {
        return console.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
