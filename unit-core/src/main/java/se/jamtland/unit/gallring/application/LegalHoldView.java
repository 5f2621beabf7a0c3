package se.jamtland.unit.gallring.application;

import io.micronaut.serde.annotation.Serdeable;
import se.jamtland.unit.gallring.model.LegalHoldReason;

import java.time.LocalDate;

/** A case's hold as the unit manager sees it, with the reason's Swedish label. */
@Serdeable
public record LegalHoldView(String caseCode, LegalHoldReason reason, String reasonLabel, LocalDate placedOn) {
}
