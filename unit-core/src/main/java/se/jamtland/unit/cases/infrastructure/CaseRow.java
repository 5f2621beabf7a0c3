package se.jamtland.unit.cases.infrastructure;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import se.jamtland.events.ClosureReason;
import se.jamtland.events.DocumentationRegime;
import se.jamtland.unit.vocabulary.GuardianConsentStatus;

import java.time.Instant;
import java.time.LocalDate;

/**
 * How a {@link se.jamtland.unit.cases.model.Case} is stored. Holds nothing that identifies the person: for an
 * INDIVIDUAL case the identity lives in {@link PersonRow} and {@link GuardianRow}. {@code channels} is the
 * catalog's channel list at intake, comma-separated, null when it named none.
 */
@MappedEntity("case_file")
public record CaseRow(
        @Id String caseCode,
        String insats,
        DocumentationRegime regime,
        LocalDate startDate,
        String ageBand,
        String gender,
        String kommun,
        GuardianConsentStatus guardianConsent,
        boolean guardianSecrecy,
        String catalogVersion,
        @Nullable Integer plannedSessions,
        @Nullable Integer plannedBooster,
        @Nullable Integer plannedFollowUp,
        @Nullable Integer maxSessions,
        @Nullable String channels,
        @Nullable String linkedCaseCode,
        @Nullable LocalDate closedDate,
        @Nullable ClosureReason closureReason,
        Instant createdAt) {
}
