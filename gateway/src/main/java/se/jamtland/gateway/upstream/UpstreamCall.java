package se.jamtland.gateway.upstream;

import java.util.Map;

/**
 * One request to an upstream, as the gateway sends it on.
 *
 * @param route   the gateway's route template ({@code /api/v1/remisser/{id}}), the only description of the call
 *                that is ever logged: never its path's values, query or body
 * @param path    the upstream path with its query, if any
 * @param headers the headers passed on (bearer token, Idempotency-Key, content type); nothing else of the caller's
 * @param body    the body bytes exactly as received, or null
 */
public record UpstreamCall(String method, String route, String path, Map<String, String> headers, byte[] body) {

    public static UpstreamCall get(String route, String path, Map<String, String> headers) {
        return new UpstreamCall("GET", route, path, headers, null);
    }

    public static UpstreamCall post(String route, String path, Map<String, String> headers, byte[] body) {
        return new UpstreamCall("POST", route, path, headers, body);
    }

    @Override
    public String toString() {
        return "UpstreamCall[" + method + " " + route + "]";
    }
}
