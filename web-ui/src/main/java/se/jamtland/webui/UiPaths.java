package se.jamtland.webui;

import io.micronaut.http.HttpRequest;

/**
 * Which requests are a person's pages rather than the JSON API: the start page {@code /}, everything under
 * {@code /ui/}, and the login's own routes. Only these accept the staff session cookie, so the API stays
 * bearer-only and a cookie can never be used to call it from another site (no CSRF on the API by design).
 */
public final class UiPaths {

    public static final String START = "/";
    public static final String PREFIX = "/ui/";
    public static final String LOGIN = "/oauth/login/" + StaffLogin.PROVIDER;
    public static final String LOGOUT = "/ui/logga-ut";
    public static final String LOGGED_OUT = "/ui/utloggad";
    public static final String LOGIN_FAILED = "/ui/inloggningen-misslyckades";

    private UiPaths() {
    }

    public static boolean isUi(HttpRequest<?> request) {
        return isUi(request.getPath());
    }

    public static boolean isUi(String path) {
        return START.equals(path) || path.startsWith(PREFIX);
    }

    /**
     * A place to go back to after login: only a path of this service's own pages, never another host
     * ({@code //evil.example} or a scheme would make the login an open redirect).
     */
    public static boolean isSafeReturnPath(String path) {
        return path != null && path.length() <= 512 && isUi(withoutQuery(path)) && !path.startsWith("//")
                && !path.contains("\\") && path.chars().allMatch(c -> c > 0x20 && c < 0x7f);
    }

    /** A page's path before its query: the start page with filters ({@code /?from=2026-01}) is still the start page. */
    private static String withoutQuery(String path) {
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }
}
