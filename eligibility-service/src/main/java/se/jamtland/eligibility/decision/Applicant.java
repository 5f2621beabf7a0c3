package se.jamtland.eligibility.decision;

import io.micronaut.core.annotation.Nullable;
import se.jamtland.eligibility.catalog.LegalGender;

/**
 * What a villkor may look at, and nothing more: no identity ever reaches this service. Both are optional;
 * a condition that needs a missing one says so instead of guessing.
 */
public record Applicant(@Nullable Integer age, @Nullable LegalGender legalGender) {
}
