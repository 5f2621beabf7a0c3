package se.jamtland.eligibility.decision;

import io.micronaut.core.annotation.Nullable;
import se.jamtland.eligibility.catalog.GuardianConsentRule;

/** Whether a guardian's consent is needed, by the catalog's rule (Bilaga 1, avsnitt 1). */
public enum GuardianConsent {
    REQUIRED,
    NOT_REQUIRED,
    /** No age was given, so nobody can say; the unit asks before it starts anything. */
    NOT_DETERMINED;

    static GuardianConsent decide(GuardianConsentRule rule, @Nullable Integer age) {
        if (age == null) {
            return NOT_DETERMINED;
        }
        return age < rule.requiredBelowAge() ? REQUIRED : NOT_REQUIRED;
    }
}
