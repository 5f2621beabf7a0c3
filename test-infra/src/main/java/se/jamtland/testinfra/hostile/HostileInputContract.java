package se.jamtland.testinfra.hostile;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import se.jamtland.testinfra.Canaries;
import se.jamtland.testinfra.CapturedLogs;
import se.jamtland.testinfra.hostile.HostileRequests.Request;
import se.jamtland.testinfra.hostile.OpenApiOperations.Operation;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile input to every route a service's OpenAPI documents list, sent with a token that is let in: each request
 * gets a 4xx {@code application/problem+json} answer, never a 5xx, and leaves every table as it was. And no answer
 * repeats fake personal data sent in the path or the query: a problem names the request by an opaque id that the
 * service's own log line for it also carries. A service's {@code HostileInputIT} implements this
 * (with {@code @TestInstance(PER_CLASS)}) and says where the service is and what exists in it.
 */
public interface HostileInputContract {

    /** The service's OpenAPI documents, by file name under META-INF/swagger. */
    List<String> openApiDocuments();

    /** Where the service under test listens. */
    URI serviceUri();

    /** A token for a role the operation lets in; null for a public operation. */
    String tokenFor(Operation operation);

    /** Values of path parameters that name objects that exist, so the refusal is the input's, not a 404. */
    Map<String, String> existingObjects();

    /** Valid values for body fields whose schema does not say enough (an insats id of the unit, a note). */
    default Map<String, Object> knownValues(Operation operation) {
        return Map.of();
    }

    /** Hostile values only the service knows are wrong, by query parameter name and what they are. */
    default Map<String, Map<String, String>> moreHostileQueryValues() {
        return Map.of();
    }

    /** Rows per table of everything the service stores; empty for a service that stores nothing. */
    Map<String, Long> storedRows();

    @TestFactory
    default Stream<DynamicTest> hostile_input_on_every_documented_route_gets_a_4xx_problem_and_writes_nothing() {
        return OpenApiOperations.of(openApiDocuments()).stream()
                .flatMap(operation -> HostileRequests.of(operation, existingObjects(), knownValues(operation),
                        moreHostileQueryValues()).stream())
                .map(request -> DynamicTest.dynamicTest(request.toString(), () -> {
                    Map<String, Long> before = storedRows();
                    Exchanged exchanged = exchange(request);
                    HostileExchange.Answer answer = exchanged.answer();
                    assertThat(answer.status()).as(request + " -> " + answer.body()).isBetween(400, 499);
                    assertThat(answer.contentType()).as(request.toString()).startsWith("application/problem+json");
                    assertThat(answer.body()).as(request.toString()).doesNotContain("Exception", "\tat ");
                    assertNamesALoggedRequest(exchanged);
                    assertThat(storedRows()).as(request + " wrote nothing").isEqualTo(before);
                }));
    }

    @TestFactory
    default Stream<DynamicTest> no_answer_repeats_a_canary_sent_in_the_path_or_query_and_a_problem_names_a_logged_request_id() {
        List<String> canaries = List.of(Canaries.PERSONNUMMER, Canaries.FULL_NAME, Canaries.EMAIL, Canaries.PHONE);
        return OpenApiOperations.of(openApiDocuments()).stream()
                .flatMap(operation -> HostileRequests.withCanaries(operation, existingObjects(), knownValues(operation),
                        canaries).stream())
                .map(request -> DynamicTest.dynamicTest(request.toString(), () -> {
                    Exchanged exchanged = exchange(request);
                    HostileExchange.Answer answer = exchanged.answer();
                    assertThat(answer.status()).as(request.toString()).isLessThan(500);
                    assertThat(Canaries.findIn(answer.body())).as(request + " -> " + answer.body()).isEmpty();
                    if (answer.contentType().startsWith("application/problem+json")) {
                        assertNamesALoggedRequest(exchanged);
                    }
                }));
    }

    /** An answer and the log lines the service wrote while it answered. */
    record Exchanged(Request request, HostileExchange.Answer answer, List<String> logLines) {
    }

    private Exchanged exchange(Request request) {
        try (CapturedLogs logs = new CapturedLogs()) {
            HostileExchange.Answer answer = HostileExchange.send(serviceUri(), tokenFor(request.operation()), request);
            return new Exchanged(request, answer, logs.lines());
        }
    }

    /**
     * The problem's instance is an opaque request id, not the path, and exactly one line of the service's log
     * carries it (support finds the request from what the user shows), with no canary in it.
     */
    private static void assertNamesALoggedRequest(Exchanged exchanged) {
        String instance = requestId(exchanged.answer().body()).orElseThrow(() -> new AssertionError(
                exchanged.request() + ": a problem without an opaque instance: " + exchanged.answer().body()));
        assertThat(exchanged.logLines()).as(exchanged.request() + ": the service's log line for " + instance)
                .filteredOn(line -> line.contains(instance)).hasSize(1)
                .allSatisfy(line -> assertThat(Canaries.findIn(line)).isEmpty());
    }

    private static Optional<String> requestId(String problem) {
        Matcher instance = Pattern.compile("\"instance\"\\s*:\\s*\"(urn:uuid:[0-9a-f-]{36})\"").matcher(problem);
        return instance.find() ? Optional.of(instance.group(1)) : Optional.empty();
    }
}
