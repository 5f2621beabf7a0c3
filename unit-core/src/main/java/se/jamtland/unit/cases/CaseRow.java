package se.jamtland.unit.cases;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import se.jamtland.events.ClosureReason;
import se.jamtland.events.DocumentationRegime;
import se.jamtland.unit.vocabulary.GuardianConsentStatus;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A case under 14 kap. 5 § (DEIDENTIFIED) or 3 § (INDIVIDUAL) SoL. Holds nothing that identifies the person:
 * for an INDIVIDUAL case the identity lives in {@link PersonRow} and {@link GuardianRow}. The session plan is
 * copied from the catalog at intake, so sessions can be recorded while eligibility-service is down.
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
        @Nullable String linkedCaseCode,
        @Nullable LocalDate closedDate,
        @Nullable ClosureReason closureReason,
        Instant createdAt) {

    public boolean isOpen() {
        return closedDate == null;
    }

    CaseRow closed(LocalDate date, ClosureReason reason) {
        return new CaseRow(caseCode, insats, regime, startDate, ageBand, gender, kommun, guardianConsent,
                guardianSecrecy, catalogVersion, plannedSessions, plannedBooster, plannedFollowUp, maxSessions,
                linkedCaseCode, date, reason, createdAt);
    }
}
