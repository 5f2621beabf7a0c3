package se.jamtland.unit.cases.infrastructure;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;

/** A journal note on an INDIVIDUAL record (14 kap. 3 § SoL). */
@MappedEntity("journal_note")
public record JournalNoteRow(@Id @GeneratedValue @Nullable Long id, String caseCode, LocalDate writtenOn,
                             String note, Instant recordedAt) {
}
