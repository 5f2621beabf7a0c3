package se.jamtland.gateway.upstream;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;

import java.util.function.UnaryOperator;

/** An upstream's answer as the gateway's own: status, content type, body bytes and the headers passed on. */
public final class Relay {

    private Relay() {
    }

    public static MutableHttpResponse<byte[]> answer(UpstreamAnswer answer) {
        return answer(answer, UnaryOperator.identity());
    }

    /** @param location rewrites an upstream {@code Location} into the gateway's own address space */
    public static MutableHttpResponse<byte[]> answer(UpstreamAnswer answer, UnaryOperator<String> location) {
        MutableHttpResponse<byte[]> response = HttpResponse.<byte[]>status(HttpStatus.valueOf(answer.status()))
                .body(answer.body());
        answer.contentType().ifPresent(response::contentType);
        answer.headers().forEach((name, value) ->
                response.header(name, name.equals("Location") ? location.apply(value) : value));
        return response;
    }
}
