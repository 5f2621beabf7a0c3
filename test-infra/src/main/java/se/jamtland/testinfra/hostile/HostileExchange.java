package se.jamtland.testinfra.hostile;

import se.jamtland.testinfra.hostile.HostileRequests.Request;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Sends a hostile request exactly as written (the JDK client leaves encoded bytes, odd methods and content types
 * alone, where a framework's client would tidy them up).
 */
final class HostileExchange {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    record Answer(int status, String contentType, String body) {
    }

    private HostileExchange() {
    }

    static Answer send(URI service, String token, Request request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(service.resolve(request.uri()))
                .timeout(Duration.ofSeconds(20))
                .method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(request.body()));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        if (request.contentType() != null) {
            builder.header("Content-Type", request.contentType());
        }
        try {
            HttpResponse<String> response = CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(request + " got no answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
