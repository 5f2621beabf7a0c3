package se.jamtland.statistics.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;
import se.jamtland.access.CaseSystemCaller;
import se.jamtland.access.Roles;
import se.jamtland.problem.ProblemException;

/**
 * Whose kommun a question may cover (issue 12, 2). The county statistician: any, or all. A kommun's case system:
 * its own only, the one the IdP signed into its token (never a parameter); the filter is forced to it, and a
 * parameter naming another kommun is refused (403) rather than quietly replaced, so the caller knows.
 */
final class KommunScope {

    private KommunScope() {
    }

    /** @return the kommun filter the question runs with, null for all kommuner */
    @Nullable
    static String of(Authentication authentication, @Nullable String asked) {
        if (authentication.getRoles().contains(Roles.COUNTY_STATISTICS)) {
            return asked;
        }
        CaseSystemCaller caller = CaseSystemCaller.from(authentication).orElseThrow(() -> ProblemException.forbidden(
                "case-system-without-kommun", "Åtkomst nekad",
                "Ett verksamhetssystem behöver en token med kommunkod för att se statistik."));
        if (asked != null && !asked.equals(caller.kommun())) {
            throw ProblemException.forbidden("other-kommun", "Åtkomst nekad",
                    "Ett verksamhetssystem ser bara sin egen kommuns statistik.");
        }
        return caller.kommun();
    }
}
