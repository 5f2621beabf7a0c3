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
import se.jamtland.access.StaffMember;
import se.jamtland.unit.UnitIdentity;

import java.util.Arrays;

/**
 * A token works only at the unit it names: staff at Centrum mot våld never see Mini-Maria's records. Checked
 * before any route runs, so a token of another unit gets the same 403 whether a case code exists here or not;
 * nothing about this unit's records is revealed. Routes open to anyone (health, OpenAPI) are left to the other
 * rules.
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
        boolean ownUnit = StaffMember.unitOf(authentication).map(unit::equals).orElse(false);
        return Publishers.just(ownUnit ? SecurityRuleResult.UNKNOWN : SecurityRuleResult.REJECTED);
    }

    private static boolean securedRoute(HttpRequest<?> request) {
        return RouteAttributes.getRouteMatch(request)
                .map(match -> match.getAnnotationMetadata().stringValues(Secured.class))
                .map(roles -> roles.length > 0
                        && Arrays.stream(roles).noneMatch(SecurityRule.IS_ANONYMOUS::equals))
                .orElse(false);
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
