package se.jamtland.unit.access;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import io.micronaut.web.router.RouteAttributes;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import se.jamtland.access.CaseSystemCaller;
import se.jamtland.access.Roles;
import se.jamtland.access.StaffMember;
import se.jamtland.unit.UnitIdentity;

import java.util.Arrays;

/**
 * A token works only at the unit it names: staff at Centrum mot våld never see Mini-Maria's records. Checked
 * before any route runs, so a token of another unit gets the same 403 whether a case code exists here or not;
 * nothing about this unit's records is revealed. Routes open to anyone (health, OpenAPI) are left to the other
 * rules.
 * <p>
 * A kommun's case system (issue 12) has a door of its own and no other: the routes that name
 * {@link Roles#CASE_SYSTEM} (all under {@code /case-system}) take only a CASE_SYSTEM token with a {@code kommun}
 * claim, which needs no {@code unit}; every other route refuses a token that holds CASE_SYSTEM at all, whatever
 * else it holds. So a case system's token never reads a case, and a staff token never writes as a kommun.
 */
@Singleton
public class OwnUnitOnly implements SecurityRule<HttpRequest<?>> {

    /** Before the role check of @Secured, so a foreign token is refused however its roles read. */
    public static final int ORDER = -1000;

    private final String unit;

    public OwnUnitOnly(UnitIdentity unit) {
        this.unit = unit.id();
    }

    @Override
    public Publisher<SecurityRuleResult> check(@Nullable HttpRequest<?> request,
                                               @Nullable Authentication authentication) {
        if (request == null || authentication == null || !securedRoute(request)) {
            return Publishers.just(SecurityRuleResult.UNKNOWN);
        }
        boolean mayPass = caseSystemRoute(request)
                ? CaseSystemCaller.from(authentication).isPresent()
                : !authentication.getRoles().contains(Roles.CASE_SYSTEM)
                        && StaffMember.unitOf(authentication).map(unit::equals).orElse(false);
        return Publishers.just(mayPass ? SecurityRuleResult.UNKNOWN : SecurityRuleResult.REJECTED);
    }

    private static boolean securedRoute(HttpRequest<?> request) {
        String[] roles = rolesOf(request);
        return roles.length > 0 && Arrays.stream(roles).noneMatch(SecurityRule.IS_ANONYMOUS::equals);
    }

    /** Decided by the route's own @Secured, not by the path as sent, which a client could dress up. */
    private static boolean caseSystemRoute(HttpRequest<?> request) {
        return Arrays.asList(rolesOf(request)).contains(Roles.CASE_SYSTEM);
    }

    private static String[] rolesOf(HttpRequest<?> request) {
        return RouteAttributes.getRouteMatch(request)
                .map(match -> match.getAnnotationMetadata().stringValues(Secured.class))
                .orElse(new String[0]);
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
