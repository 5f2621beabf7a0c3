package se.jamtland.unit.testing;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** A unit service's API as a staff client calls it, answers as status + raw body + parsed JSON. */
public final class Api {

    private final HttpClient http;
    private final JsonMapper json;

    public Api(HttpClient http, JsonMapper json) {
        this.http = http;
        this.json = json;
    }

    public record Answer(int status, String body, String contentType, Map<String, Object> json,
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

    @SuppressWarnings("unchecked")
    private Answer exchange(HttpRequest<?> request) {
        HttpResponse<String> response;
        try {
            response = http.toBlocking().exchange(request, String.class);
        } catch (HttpClientResponseException e) {
            response = (HttpResponse<String>) e.getResponse();
            String body = e.getResponse().getBody(String.class).orElse("");
            return answer(e.getStatus().getCode(), body, e.getResponse().getContentType().map(Object::toString).orElse(""));
        }
        return answer(response.code(), response.body(), response.getContentType().map(Object::toString).orElse(""));
    }

    @SuppressWarnings("unchecked")
    private Answer answer(int status, String body, String contentType) {
        try {
            String text = body == null ? "" : body;
            if (text.strip().startsWith("[")) {
                return new Answer(status, text, contentType, Map.of(), json.readValue(text, Argument.listOf(Argument.mapOf(String.class, Object.class))));
            }
            Map<String, Object> parsed = text.isBlank() ? Map.of() : json.readValue(text, Map.class);
            return new Answer(status, text, contentType, parsed, List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
