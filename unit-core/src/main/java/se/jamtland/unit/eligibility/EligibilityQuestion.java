package se.jamtland.unit.eligibility;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;

/**
 * All that leaves a unit to have a villkor decided: insats, age, legal gender, date. Never a name, an
 * identity number or a case code (no identity crosses a service boundary).
 */
@Serdeable
public record EligibilityQuestion(String insats, @Nullable Integer age, @Nullable String legalGender,
                                  @Nullable LocalDate onDate) {
}
