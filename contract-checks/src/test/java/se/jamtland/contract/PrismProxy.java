package se.jamtland.contract;

import se.jamtland.testinfra.FreePorts;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import static org.awaitility.Awaitility.await;

/**
 * Stoplight Prism's validating proxy ({@code prism proxy --errors}) in front of a running service: every request and
 * answer through it is checked against the document, and a mismatch is reported in the answer's
 * {@code sl-violations} header (and, with {@code --errors}, turned into an error answer), so a test sees it.
 */
final class PrismProxy implements AutoCloseable {

    private final Process process;
    private final String baseUrl;

    private PrismProxy(Process process, String baseUrl) {
        this.process = process;
        this.baseUrl = baseUrl;
    }

    static PrismProxy start(Path document, String upstream, Path log) throws IOException {
        int port = FreePorts.one();
        Process process;
        try {
            process = new ProcessBuilder("prism", "proxy", "--errors", "-h", "127.0.0.1", "-p",
                    String.valueOf(port), document.toAbsolutePath().toString(), upstream)
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new IllegalStateException("prism is not installed: `npm install -g @stoplight/prism-cli@5` "
                    + "(.ci/run installs it)", e);
        }
        PrismProxy proxy = new PrismProxy(process, "http://127.0.0.1:" + port);
        HttpClient http = HttpClient.newHttpClient();
        // Prism answers once it has read the document; /health is not in it, so any answer will do.
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).ignoreExceptions()
                .until(() -> process.isAlive() && http.send(HttpRequest.newBuilder(URI.create(proxy.baseUrl + "/"))
                        .build(), HttpResponse.BodyHandlers.discarding()).statusCode() > 0);
        return proxy;
    }

    String baseUrl() {
        return baseUrl;
    }

    @Override
    public void close() {
        process.destroy();
    }
}
