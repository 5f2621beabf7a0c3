package se.jamtland.unit.metrics;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;
import se.jamtland.testinfra.FreePorts;
import se.jamtland.unit.UnitApplication;
import se.jamtland.unit.testing.UnitTestProperties;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The production layout (issue 16 §2): with a management port, health and /prometheus answer there and the
 * service's own port answers them with 404; liveness stays 200 while the database is unreachable, readiness does
 * not (a database outage must take the pod out of the Service, never restart it).
 */
class ManagementPortIT {

    private static final Pattern HOST_PORT = Pattern.compile("//([^:/]+):(\\d+)/");

    @Test
    void management_endpoints_are_on_their_own_port_and_readiness_fails_while_the_database_is_away_but_liveness_holds()
            throws Exception {
        Map<String, Object> properties = new HashMap<>(UnitTestProperties.forUnit("barnahus", "unit_core_management"));
        String url = properties.get("datasources.default.url").toString();
        Matcher database = HOST_PORT.matcher(url);
        assertThat(database.find()).isTrue();
        int managementPort = FreePorts.one();
        try (Forwarder forwarder = new Forwarder(database.group(1), Integer.parseInt(database.group(2)))) {
            properties.put("datasources.default.url", database.replaceFirst("//127.0.0.1:" + forwarder.port() + "/"));
            // A connection that cannot be had fails the check within a second, not Hikari's default 30 s.
            properties.put("datasources.default.connection-timeout", "1000");
            properties.put("endpoints.all.port", managementPort);
            try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties,
                    UnitApplication.ENVIRONMENT);
                 HttpClient service = HttpClient.create(server.getURL());
                 HttpClient management = HttpClient.create(URI.create("http://127.0.0.1:" + managementPort).toURL())) {
                assertThat(server.getPort()).isNotEqualTo(managementPort);
                // No such route on the service's port: a secured service refuses an unknown path to an anonymous
                // caller as unauthenticated (401) before it says 404; either way, no health and no metrics.
                assertThat(status(service, "/health")).isIn(401, 404);
                assertThat(status(service, "/health/readiness")).isIn(401, 404);
                assertThat(status(service, "/prometheus")).isIn(401, 404);
                assertThat(status(management, "/health/liveness")).isEqualTo(200);
                assertThat(status(management, "/health/readiness")).isEqualTo(200);
                assertThat(status(management, "/prometheus")).isEqualTo(200);
                assertThat(management.toBlocking().retrieve("/prometheus")).contains("suite_outbox_pending");
                assertThat(status(management, "/cases")).as("the API is not on the management port").isIn(401, 404);

                forwarder.close();

                await().atMost(Duration.ofSeconds(30))
                        .untilAsserted(() -> assertThat(status(management, "/health/readiness")).isEqualTo(503));
                assertThat(status(management, "/health/liveness")).isEqualTo(200);
                assertThat(refusedBody(management, "/health/readiness")).as("no details on a probe")
                        .contains("DOWN").doesNotContain("details").doesNotContain("jdbc");
            }
        }
    }

    private static String refusedBody(HttpClient client, String path) {
        try {
            return client.toBlocking().retrieve(path);
        } catch (HttpClientResponseException e) {
            return e.getResponse().getBody(String.class).orElse("");
        }
    }

    private static int status(HttpClient client, String path) {
        try {
            return client.toBlocking().exchange(HttpRequest.GET(path), String.class).code();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }
}
