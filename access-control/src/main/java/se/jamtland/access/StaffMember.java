package se.jamtland.access;

import io.micronaut.security.authentication.Authentication;

import java.util.Arrays;
import java.util.Optional;

/**
 * Who is asking, as the verified token says: a staff id (the token's subject, the IdP's pseudonymous id, never a
 * personnummer), the unit the person works at and the role used. The access log stores exactly this.
 */
public record StaffMember(String staffId, String unit, String role) {

    public static final String UNIT_CLAIM = "unit";

    /**
     * The member as the token names them, acting in the first of the given roles the token holds (a token's roles
     * are a set, so the role recorded is the one that opened the door); {@code role} is null if it holds none.
     */
    public static StaffMember from(Authentication authentication, String... allowedRolesInOrder) {
        String role = Arrays.stream(allowedRolesInOrder).filter(authentication.getRoles()::contains).findFirst()
                .orElse(null);
        return new StaffMember(authentication.getName(), unitOf(authentication).orElse(null), role);
    }

    public static Optional<String> unitOf(Authentication authentication) {
        Object unit = authentication.getAttributes().get(UNIT_CLAIM);
        return unit instanceof String value ? Optional.of(value) : Optional.empty();
    }
}
