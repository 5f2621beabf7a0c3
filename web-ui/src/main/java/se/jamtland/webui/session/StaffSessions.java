package se.jamtland.webui.session;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The logins of this service's pages, held in this JVM: a random id in an HttpOnly, SameSite=Lax cookie (Secure
 * unless the page was asked for on localhost), nothing in the cookie but the id. A session ends when the person
 * logs out, after {@code ui.session.idle-timeout} without a request, and at the latest when the access token it
 * came from expires. Held in memory on purpose: logging out ends it at once, and a restart logs everyone out
 * rather than keeping logins anywhere they could be read. A service with more than one replica needs sticky
 * sessions at its ingress (the unit services run one each; see k8s).
 */
@Singleton
public class StaffSessions {

    public static final String COOKIE = "staff_session";
    /** With Secure, the __Host- prefix also pins the cookie to this host and path (RFC 6265bis). */
    public static final String SECURE_COOKIE = "__Host-staff_session";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]");

    private final Map<String, StaffSession> sessions = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration idleTimeout;
    private final Duration longest;

    public StaffSessions(Clock clock,
                         @Value("${ui.session.idle-timeout:30m}") Duration idleTimeout,
                         @Value("${ui.session.longest:10h}") Duration longest) {
        this.clock = clock;
        this.idleTimeout = idleTimeout;
        this.longest = longest;
    }

    /** A new session for a person who has just logged in; never reuses an id someone else could have planted. */
    public StaffSession open(Authentication authentication, Instant tokenExpiresAt) {
        Instant now = clock.instant();
        Instant latest = now.plus(longest);
        Instant ends = tokenExpiresAt != null && tokenExpiresAt.isBefore(latest) ? tokenExpiresAt : latest;
        StaffSession session = new StaffSession(random(32), authentication, random(32), ends, now);
        sessions.put(session.id(), session);
        return session;
    }

    public Optional<StaffSession> find(HttpRequest<?> request) {
        return cookieValue(request).flatMap(this::find);
    }

    Optional<StaffSession> find(String id) {
        StaffSession session = sessions.get(id);
        if (session == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (!alive(session, now)) {
            sessions.remove(id);
            return Optional.empty();
        }
        session.seen(now);
        return Optional.of(session);
    }

    public void close(HttpRequest<?> request) {
        cookieValue(request).ifPresent(sessions::remove);
    }

    public Cookie cookie(HttpRequest<?> request, StaffSession session) {
        return base(request, session.id()).maxAge(Duration.between(clock.instant(), session.expiresAt()));
    }

    public Cookie clearedCookie(HttpRequest<?> request) {
        return base(request, "").maxAge(0);
    }

    private Cookie base(HttpRequest<?> request, String value) {
        boolean secure = !local(request);
        return Cookie.of(secure ? SECURE_COOKIE : COOKIE, value)
                .path("/").httpOnly(true).secure(secure).sameSite(SameSite.Lax);
    }

    /** "Secure outside localhost" (issue 13): a browser sends no Secure cookie over plain http. */
    static boolean local(HttpRequest<?> request) {
        String host = request.getHeaders().get("Host");
        if (host == null) {
            return false;
        }
        String name = host.toLowerCase(Locale.ROOT);
        int colon = name.lastIndexOf(':');
        if (colon > 0 && !name.endsWith("]")) {
            name = name.substring(0, colon);
        }
        return LOCAL_HOSTS.contains(name);
    }

    private static Optional<String> cookieValue(HttpRequest<?> request) {
        return request.getCookies().findCookie(SECURE_COOKIE).or(() -> request.getCookies().findCookie(COOKIE))
                .map(Cookie::getValue).filter(value -> !value.isEmpty());
    }

    private boolean alive(StaffSession session, Instant now) {
        return now.isBefore(session.expiresAt()) && now.isBefore(session.lastSeen().plus(idleTimeout));
    }

    @Scheduled(fixedDelay = "1m", initialDelay = "1m")
    void forgetEnded() {
        Instant now = clock.instant();
        sessions.values().removeIf(session -> !alive(session, now));
    }

    private static String random(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }
}
