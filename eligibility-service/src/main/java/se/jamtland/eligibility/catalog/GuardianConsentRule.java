package se.jamtland.eligibility.catalog;

import io.micronaut.serde.annotation.Serdeable;

/**
 * Who needs a guardian's consent, as the catalog in force says. From 2025-07-01 a person aged 15-17 may take
 * part in these insatser without it (Bilaga 1, avsnitt 1); a later catalog may move the age.
 */
@Serdeable
public record GuardianConsentRule(int requiredBelowAge, String reference, String text) {
}
