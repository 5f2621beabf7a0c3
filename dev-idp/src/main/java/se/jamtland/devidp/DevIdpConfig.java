package se.jamtland.devidp;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * DEV ONLY: the mock server's {@code JSON_CONFIG}: the clients of the suite and the claims each one's tokens carry
 * (issue 12 §1, BRIEF-COMMON's shared contract). Plain JDK, so the JVM that starts the IdP can build it without the
 * mock server's jars. Every token has {@code aud} {@value #AUDIENCE} and {@code roles} (a list), and {@code unit}
 * and/or {@code kommun}.
 *
 * <p>The server matches a token request's form parameters against each issuer's {@code requestMappings} in order
 * (the first that matches gives the claims) and fills {@code ${name}} in a claim's text from the form parameter
 * {@code name} (mock-oauth2-server 3.0.1, {@code RequestMappingTokenCallback}). The client {@value #TEST_PERSON}
 * uses that so a test can have a token for any staff id, unit and role with one client: the values go in as the
 * form parameters {@code staff}, {@code unit} and {@code role}. Times cannot be filled in (they would become
 * text), so the deliberately refused tokens carry fixed times counted from the IdP's start.
 */
public final class DevIdpConfig {

    /** The issuer id: the issuer is {@code http://localhost:<port>/lansverksamheter}. */
    public static final String ISSUER_ID = "lansverksamheter";
    /** A second issuer on the same server: its tokens are signed with another key and name another issuer. */
    public static final String OTHER_ISSUER_ID = "another-issuer";
    /** The audience every service of the suite accepts. */
    public static final String AUDIENCE = "lansverksamheter";
    /** The units a unit service's client and a dev person's client are for (activity-events' Unit ids). */
    public static final List<String> UNITS = List.of("cmv", "minimaria", "familjeradgivning", "barnahus");
    /** The eight kommuner of Jämtlands län by SCB code (activity-events' Vocabulary.KOMMUN_NAMES). */
    public static final List<String> KOMMUNER = List.of("2303", "2305", "2309", "2313", "2321", "2326", "2361",
            "2380");
    /** Any staff id, unit and role, given as the form parameters staff, unit, role (tests). */
    public static final String TEST_PERSON = "test-person";
    public static final String GATEWAY = "gateway";
    public static final String REFUSED_EXPIRED = "refused-expired";
    public static final String REFUSED_WRONG_ISSUER = "refused-wrong-issuer";
    public static final String REFUSED_WRONG_AUDIENCE = "refused-wrong-audience";
    /** Followed by the hours after the IdP's start at which its tokens become valid, 1 to {@value #NOT_YET_HOURS}. */
    public static final String REFUSED_NOT_YET_VALID = "refused-not-yet-valid-";
    public static final int NOT_YET_HOURS = 48;
    /** What the wrong-issuer tokens name: nobody the suite trusts. */
    public static final String FOREIGN_ISSUER = "https://idp.example.org/other";
    public static final String FOREIGN_AUDIENCE = "another-system";
    /** A working day, as the dev issuer's staff tokens lived; a service fetches its own anew before expiry. */
    public static final Duration TOKEN_LIFETIME = Duration.ofHours(8);

    private DevIdpConfig() {
    }

    /** A unit service's client: {@code <unit>-service}, role SUITE_SERVICE and its unit. */
    public static String serviceClient(String unit) {
        return unit + "-service";
    }

    /** A kommun's case system: {@code case-system-<kommun>}, role CASE_SYSTEM and the kommun, no unit. */
    public static String caseSystemClient(String kommun) {
        return "case-system-" + kommun;
    }

    /** The README's people for local use: {@code dev-<unit>-staff}, {@code dev-<unit>-manager}. */
    public static String devStaffClient(String unit) {
        return "dev-" + unit + "-staff";
    }

    public static String devManagerClient(String unit) {
        return "dev-" + unit + "-manager";
    }

    public static final String DEV_STATISTICIAN = "dev-county-statistician";

    /** The JSON_CONFIG for an IdP started at {@code started} (the refused tokens' fixed times count from it). */
    public static String json(Instant started) {
        List<String> mappings = new ArrayList<>();
        for (String unit : UNITS) {
            mappings.add(byClient(serviceClient(unit), claims(q("${clientId}"), "SUITE_SERVICE", unit, null)));
        }
        mappings.add(byClient(GATEWAY, claims(q("${clientId}"), "SUITE_SERVICE", null, null)));
        for (String kommun : KOMMUNER) {
            mappings.add(byClient(caseSystemClient(kommun), claims(q("${clientId}"), "CASE_SYSTEM", null, kommun)));
        }
        for (String unit : UNITS) {
            mappings.add(byClient(devStaffClient(unit), claims(q("${clientId}"), "STAFF", unit, null)));
            mappings.add(byClient(devManagerClient(unit), claims(q("${clientId}"), "UNIT_MANAGER", unit, null)));
        }
        mappings.add(byClient(DEV_STATISTICIAN, claims(q("${clientId}"), "COUNTY_STATISTICS", "county", null)));
        String anyone = anyPerson();
        mappings.add(byClient(TEST_PERSON, anyone));
        long start = started.getEpochSecond();
        // Validly signed by the suite's key, each wrong in one way only (test-support's RefusedTokens).
        long nineHoursAgo = start - Duration.ofHours(9).toSeconds();
        mappings.add(byClient(REFUSED_EXPIRED, with(anyone, Map.of("iat", nineHoursAgo, "nbf", nineHoursAgo,
                "exp", start - Duration.ofHours(1).toSeconds()))));
        for (int hours = 1; hours <= NOT_YET_HOURS; hours++) {
            mappings.add(byClient(REFUSED_NOT_YET_VALID + hours, with(anyone,
                    Map.of("nbf", start + Duration.ofHours(hours).toSeconds()))));
        }
        mappings.add(byClient(REFUSED_WRONG_ISSUER, with(anyone, Map.of("iss", q(FOREIGN_ISSUER)))));
        mappings.add(byClient(REFUSED_WRONG_AUDIENCE, anyone.replace(q(AUDIENCE), q(FOREIGN_AUDIENCE))));
        // A person who logged in (authorization code + PKCE): sub is the login's username, the rest the login's
        // claims JSON (unit, roles). The audience is the suite's, for the API, and the client's own: the server
        // gives the ID token the same claims, and OpenID Connect Core 3.1.3.7 has the client refuse an ID token
        // whose aud lacks its client id, or that names several audiences without azp = its client id.
        mappings.add(mapping("grant_type", "authorization_code", "{\"aud\":[" + q(AUDIENCE) + ","
                + q("${clientId}") + "],\"azp\":" + q("${clientId}") + "}"));

        String other = "{\"issuerId\":" + q(OTHER_ISSUER_ID) + ",\"tokenExpiry\":" + TOKEN_LIFETIME.toSeconds()
                + ",\"requestMappings\":[" + byClient(TEST_PERSON, anyone) + "]}";
        String suite = "{\"issuerId\":" + q(ISSUER_ID) + ",\"tokenExpiry\":" + TOKEN_LIFETIME.toSeconds()
                + ",\"requestMappings\":[" + String.join(",", mappings) + "]}";
        return "{\"interactiveLogin\":true,\"httpServer\":\"NettyWrapper\",\"tokenCallbacks\":[" + suite + ","
                + other + "]}";
    }

    private static String anyPerson() {
        return claims(q("${staff}"), "${role}", "${unit}", null);
    }

    private static String claims(String subject, String role, String unit, String kommun) {
        StringBuilder claims = new StringBuilder("{\"sub\":").append(subject)
                .append(",\"aud\":[").append(q(AUDIENCE)).append("],\"roles\":[").append(q(role)).append(']');
        if (unit != null) {
            claims.append(",\"unit\":").append(q(unit));
        }
        if (kommun != null) {
            claims.append(",\"kommun\":").append(q(kommun));
        }
        return claims.append('}').toString();
    }

    /** The claims object with more (numbers or quoted text) added at its end. */
    private static String with(String claims, Map<String, Object> more) {
        String added = more.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> q(e.getKey()) + ":" + e.getValue()).collect(Collectors.joining(","));
        return claims.substring(0, claims.length() - 1) + "," + added + "}";
    }

    private static String byClient(String clientId, String claims) {
        return mapping("client_id", clientId, claims);
    }

    private static String mapping(String parameter, String match, String claims) {
        return "{\"requestParam\":" + q(parameter) + ",\"match\":" + q(match) + ",\"claims\":" + claims + "}";
    }

    /** A JSON string of text that holds no quote or backslash (every value here is a constant or an id). */
    private static String q(String text) {
        return "\"" + text + "\"";
    }
}
