package se.jamtland.unit.gallring.model;

import java.time.LocalDate;
import java.util.Optional;

/** One named reason a record stays although a rule covers its class; empty when this reason does not apply. */
public interface GallringPolicy {

    Optional<Verdict> keeps(RetentionRule rule, Candidate candidate, LocalDate today);
}
