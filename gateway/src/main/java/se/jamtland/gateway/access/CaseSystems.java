package se.jamtland.gateway.access;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import se.jamtland.access.CaseSystemCaller;
import se.jamtland.problem.ProblemException;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Who may use the gateway: a verified token with role CASE_SYSTEM (the controllers' {@code @Secured}) that also
 * names its kommun ({@link CaseSystemCaller}); anyone else gets 403. And what of the caller's request travels on:
 * its own bearer token, unchanged, so the unit and statistics-service verify the kommun from the IdP's signature
 * themselves and the gateway can never widen a kommun's reach (gateway README).
 */
public final class CaseSystems {

    private CaseSystems() {
    }

    public static CaseSystemCaller caller(Authentication authentication) {
        return CaseSystemCaller.from(authentication).orElseThrow(() -> ProblemException.forbidden(
                "case-system-without-kommun", "Åtkomst nekad",
                "Gatewayen tar bara emot en kommuns verksamhetssystem: token saknar rollen CASE_SYSTEM med en "
                        + "kommunkod."));
    }

    /** The caller's own {@code Authorization} header, to pass on as it came. */
    public static Map<String, String> ownToken(HttpRequest<?> request) {
        Map<String, String> headers = new LinkedHashMap<>();
        request.getHeaders().getAuthorization().ifPresent(value -> headers.put("Authorization", value));
        return headers;
    }
}
