package se.jamtland.access;

import io.micronaut.security.authentication.Authentication;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A kommun's case system (Treserva, Lifecare, Combine, Viva …) as its verified token names it: the OAuth2 client
 * (the token's subject) and the kommun it acts for (the {@code kommun} claim, an SCB code). The kommun comes from
 * the IdP's signature, never from a request field, so one kommun's system can never act for another.
 */
public record CaseSystemCaller(String clientId, String kommun) {

    public static final String KOMMUN_CLAIM = "kommun";
    private static final Pattern KOMMUN_CODE = Pattern.compile("[0-9]{4}");

    /** The caller, if the token holds {@link Roles#CASE_SYSTEM} and a well-formed kommun code. */
    public static Optional<CaseSystemCaller> from(Authentication authentication) {
        if (!authentication.getRoles().contains(Roles.CASE_SYSTEM)) {
            return Optional.empty();
        }
        Object kommun = authentication.getAttributes().get(KOMMUN_CLAIM);
        if (!(kommun instanceof String code) || !KOMMUN_CODE.matcher(code).matches()) {
            return Optional.empty();
        }
        return Optional.of(new CaseSystemCaller(authentication.getName(), code));
    }
}
