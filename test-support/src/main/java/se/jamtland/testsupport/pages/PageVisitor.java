package se.jamtland.testsupport.pages;

import se.jamtland.testsupport.TestIdp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person at a service's pages without a browser (issue 13): a cookie jar, no automatic redirects, so a test
 * checks each hop, and a login through the dev IdP's real authorization code flow with PKCE. For what only HTTP
 * shows (status codes, cookie attributes, CSRF refusals, what a form answers); the browser tests (headless
 * Chromium) check what a person sees.
 */
public final class PageVisitor {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /** @param base the service as a browser names it, e.g. {@code http://localhost:<port>} (localhost, not an IP) */
    public PageVisitor(String base) {
        this.base = base;
    }

    public String base() {
        return base;
    }

    public HttpResponse<String> get(String path) {
        return getAbsolute(base + path);
    }

    public HttpResponse<String> getAbsolute(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").GET().build());
    }

    /** A file a page links to (an export), as the bytes the browser would save. */
    public HttpResponse<byte[]> download(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A form as the browser posts it, exactly as given (a test of the CSRF check sends none or a wrong one). */
    public HttpResponse<String> postRaw(String path, String formBody) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formBody)).build());
    }

    /** A form posted from a page of this session: the session's CSRF token (read from {@code fromPage}) is added. */
    public HttpResponse<String> post(String fromPage, String path, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", csrfOf(fromPage));
        return postRaw(path, form(all));
    }

    /** The whole login at the dev IdP; answers the service's last hop (303 to the page asked for, or /). */
    public HttpResponse<String> logIn(String username, String unit, String role) {
        String authorize = get("/oauth/login/idp").headers().firstValue("Location").orElseThrow(
                () -> new AssertionError("the service did not send the browser to the IdP"));
        String callback = logInAtIdp(authorize, username, unit, role).headers().firstValue("Location")
                .orElseThrow(() -> new AssertionError("the IdP did not send the browser back"));
        return getAbsolute(callback);
    }

    /** The IdP's login form (mock-oauth2-server's: username, and the claims as JSON), posted. */
    public HttpResponse<String> logInAtIdp(String authorize, String username, String unit, String role) {
        if (!authorize.startsWith(TestIdp.idp().issuer())) {
            throw new AssertionError("the login went elsewhere than the test IdP");
        }
        String claims = "{\"unit\":\"" + unit + "\",\"roles\":[\"" + role + "\"]}";
        return send(HttpRequest.newBuilder(URI.create(authorize))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", username, "claims", claims))))
                .build());
    }

    public String csrfOf(String path) {
        Matcher token = CSRF.matcher(get(path).body());
        if (!token.find()) {
            throw new AssertionError("the page " + path + " has no form with the session's CSRF token");
        }
        return token.group(1);
    }

    public static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> enc(field.getKey()) + "=" + enc(field.getValue()))
                .collect(Collectors.joining("&"));
    }

    private HttpResponse<String> send(HttpRequest request) {
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return client.send(request, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
