package se.jamtland.devstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Polls a service's {@code GET /health} (Micronaut management) until it answers 200. */
final class HealthProbe {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);
    private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([A-Za-z_]+)\"");

    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(1))
            .build();

    /** @return the health status the service reported, e.g. {@code UP} */
    String awaitUp(ServiceProcess service, Instant deadline, Duration timeout) {
        ServiceSpec spec = service.spec();
        String lastAnswer = "no answer";
        while (true) {
            if (!service.isAlive()) {
                throw new DevStackException(spec.name() + " exited with code " + service.exitValue()
                        + " before it answered " + spec.healthUrl() + ". Its output is above, in the lines marked "
                        + spec.name() + ".");
            }
            try {
                HttpResponse<String> response = client.send(
                        HttpRequest.newBuilder(URI.create(spec.healthUrl())).timeout(Duration.ofSeconds(2)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return status(response.body());
                }
                lastAnswer = "HTTP " + response.statusCode() + hint(response.statusCode());
            } catch (IOException e) {
                lastAnswer = "no answer (" + e.getClass().getSimpleName() + ")";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DevStackException("Interrupted while waiting for " + spec.name());
            }
            if (Instant.now().isAfter(deadline)) {
                throw new DevStackException(spec.name() + " did not answer GET " + spec.healthUrl() + " with 200 within "
                        + timeout.toSeconds() + " s (last: " + lastAnswer + "). Its output is above, in the lines marked "
                        + spec.name() + ". A slow machine can be given longer with DEVSTACK_HEALTH_TIMEOUT_SECONDS.");
            }
            pause(service);
        }
    }

    private static String hint(int status) {
        return status == 404 ? ", so the service probably lacks micronaut-management" : "";
    }

    private static String status(String body) {
        Matcher matcher = STATUS.matcher(body == null ? "" : body);
        return matcher.find() ? matcher.group(1) : "200";
    }

    private static void pause(ServiceProcess service) {
        try {
            service.pause(POLL_INTERVAL);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DevStackException("Interrupted while waiting for services to become healthy");
        }
    }
}
