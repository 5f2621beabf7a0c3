package se.jamtland.testsupport;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * A unit service's API as a staff client calls it, with a bearer token (or none), answers as status + raw body
 * + parsed JSON.
 */
public final class Api {

    private final HttpClient http;
    private final JsonMapper json;
    private final String token;
    private final Map<String, String> headers;

    public Api(HttpClient http, JsonMapper json, String token) {
        this(http, json, token, Map.of());
    }

    private Api(HttpClient http, JsonMapper json, String token, Map<String, String> headers) {
        this.http = http;
        this.json = json;
        this.token = token;
        this.headers = headers;
    }

    /** The same API called with another token; null calls it without one. */
    public Api as(String otherToken) {
        return new Api(http, json, otherToken, headers);
    }

    /** The same API with one more request header on every call. */
    public Api withHeader(String name, String value) {
        Map<String, String> more = new java.util.HashMap<>(headers);
        more.put(name, value);
        return new Api(http, json, token, Map.copyOf(more));
    }

    public record Answer(int status, String body, String contentType, String challenge, Map<String, Object> json,
                         List<Map<String, Object>> array) {

        @SuppressWarnings("unchecked")
        public List<Map<String, Object>> list(String field) {
            return (List<Map<String, Object>>) json.get(field);
        }

        @SuppressWarnings("unchecked")
        public Map<String, Object> map(String field) {
            return (Map<String, Object>) json.get(field);
        }

        public String text(String field) {
            Object value = json.get(field);
            return value == null ? null : value.toString();
        }
    }

    public Answer post(String path, String body) {
        return exchange(HttpRequest.POST(path, body).contentType(MediaType.APPLICATION_JSON));
    }

    public Answer get(String path) {
        return exchange(HttpRequest.GET(path));
    }

    /** Any method, for routes the tests derive from the OpenAPI documents. */
    @SuppressWarnings("unchecked")
    public Answer call(String method, String path, String body) {
        MutableHttpRequest<?> request = HttpRequest.create(HttpMethod.parse(method), path);
        if (body != null) {
            ((MutableHttpRequest<Object>) request).body(body).contentType(MediaType.APPLICATION_JSON);
        }
        return exchange(request);
    }

    @SuppressWarnings("unchecked")
    private Answer exchange(MutableHttpRequest<?> request) {
        if (token != null) {
            request.bearerAuth(token);
        }
        headers.forEach(request::header);
        HttpResponse<String> response;
        try {
            response = http.toBlocking().exchange(request, String.class);
        } catch (HttpClientResponseException e) {
            response = (HttpResponse<String>) e.getResponse();
            String body = e.getResponse().getBody(String.class).orElse("");
            return answer(e.getStatus().getCode(), body, e.getResponse().getContentType().map(Object::toString).orElse(""),
                    e.getResponse().getHeaders().get("WWW-Authenticate"));
        }
        return answer(response.code(), response.body(), response.getContentType().map(Object::toString).orElse(""),
                response.getHeaders().get("WWW-Authenticate"));
    }

    @SuppressWarnings("unchecked")
    private Answer answer(int status, String body, String contentType, String challengeHeader) {
        String challenge = challengeHeader == null ? "" : challengeHeader;
        try {
            String text = body == null ? "" : body;
            if (!contentType.contains("json")) {
                return new Answer(status, text, contentType, challenge, Map.of(), List.of());
            }
            if (text.strip().startsWith("[")) {
                return new Answer(status, text, contentType, challenge, Map.of(), json.readValue(text, Argument.listOf(Argument.mapOf(String.class, Object.class))));
            }
            Map<String, Object> parsed = text.isBlank() ? Map.of() : json.readValue(text, Map.class);
            return new Answer(status, text, contentType, challenge, parsed, List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
