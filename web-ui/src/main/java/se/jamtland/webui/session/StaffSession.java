package se.jamtland.webui.session;

import io.micronaut.security.authentication.Authentication;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A person's login at one service: who they are as the IdP's access token said (subject, roles, unit), the
 * session's CSRF token, and when it ends. Holds no personal data of the people the staff work with, and no token.
 */
public final class StaffSession {

    private final String id;
    private final String staffId;
    private final Set<String> roles;
    private final Map<String, Object> attributes;
    private final String csrfToken;
    private final Instant expiresAt;
    private final AtomicReference<Instant> lastSeen;
    private final AtomicReference<String> confirmation = new AtomicReference<>();

    StaffSession(String id, Authentication authentication, String csrfToken, Instant expiresAt, Instant now) {
        this.id = id;
        this.staffId = authentication.getName();
        this.roles = Set.copyOf(authentication.getRoles());
        this.attributes = Map.copyOf(authentication.getAttributes());
        this.csrfToken = csrfToken;
        this.expiresAt = expiresAt;
        this.lastSeen = new AtomicReference<>(now);
    }

    public String id() {
        return id;
    }

    public String csrfToken() {
        return csrfToken;
    }

    public Authentication authentication() {
        return Authentication.build(staffId, roles, attributes);
    }

    Instant expiresAt() {
        return expiresAt;
    }

    Instant lastSeen() {
        return lastSeen.get();
    }

    void seen(Instant now) {
        lastSeen.set(now);
    }

    /** A confirmation for the next page the person sees ("Kontakten är registrerad."), shown once. */
    public void confirm(String message) {
        confirmation.set(message);
    }

    public String takeConfirmation() {
        return confirmation.getAndSet(null);
    }
}
