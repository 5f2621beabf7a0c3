package se.jamtland.unit.remiss.infrastructure;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;

/** A remiss in the inbox (V7): an INDIVIDUAL record, with the person's identity and the referrer's contact. */
@MappedEntity("remiss")
public record RemissRow(
        @Id String id,
        String kommun,
        String idempotencyKey,
        String requestDigest,
        String insats,
        String status,
        LocalDate receivedOn,
        @Nullable LocalDate decidedOn,
        @Nullable String declineReason,
        @Nullable String caseCode,
        String identityNumber,
        String givenName,
        String familyName,
        @Nullable String phone,
        @Nullable String email,
        @Nullable String address,
        @Nullable Boolean guardianConsentGiven,
        String referrerName,
        @Nullable String referrerPhone,
        @Nullable String message,
        Instant receivedAt) {

    @Override
    public String toString() {
        return "RemissRow[id=" + id + ", status=" + status + "]";
    }
}
