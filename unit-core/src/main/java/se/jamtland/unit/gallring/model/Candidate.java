package se.jamtland.unit.gallring.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A record a rule may gallra: its key, the date its period counts from (its last entry), a hold on it, and the
 * birth date its identity number gives (individual-level records only).
 */
public record Candidate(String key, LocalDate anchor, Optional<LegalHoldReason> hold,
                        Optional<LocalDate> birthDate) {
}
