package se.jamtland.unit.aktualisering.infrastructure;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;

/** An aktualisering (V8): the minimum identity a kommun needs, recorded only with the person's consent. */
@MappedEntity("aktualisering")
public record AktualiseringRow(
        @Id String id,
        String kommun,
        String insats,
        LocalDate registeredOn,
        String unmetConditions,
        LocalDate consentRecordedOn,
        @Nullable String identityNumber,
        String givenName,
        String familyName,
        @Nullable String phone,
        @Nullable String message,
        Instant registeredAt,
        @Nullable Instant deliveredAt) {

    @Override
    public String toString() {
        return "AktualiseringRow[id=" + id + "]";
    }
}
