package se.jamtland.unit.cases.infrastructure;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;

/** A working note on a DEIDENTIFIED case, written only after the identity guard found nothing (14 kap. 5 §). */
@MappedEntity("working_note")
public record WorkingNoteRow(@Id @GeneratedValue @Nullable Long id, String caseCode, LocalDate writtenOn,
                             String note, Instant recordedAt) {
}
