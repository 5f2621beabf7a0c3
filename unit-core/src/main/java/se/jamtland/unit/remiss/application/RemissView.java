package se.jamtland.unit.remiss.application;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import se.jamtland.events.Vocabulary;
import se.jamtland.unit.remiss.infrastructure.RemissGuardianRow;
import se.jamtland.unit.remiss.infrastructure.RemissRow;

import java.time.LocalDate;
import java.util.List;

/**
 * A remiss as the unit's staff see it. The inbox lists summaries (no person, guardians, referrer or message); the
 * whole record is shown one at a time, and each showing is in the access log. Parts without a value are left out,
 * never sent as null.
 */
@Serdeable
public record RemissView(String id, String insats, RemissStatus status, LocalDate receivedOn, String kommun,
                         String kommunName, @Nullable LocalDate decidedOn,
                         @Nullable @Schema(nullable = false, requiredMode = Schema.RequiredMode.NOT_REQUIRED)
                         DeclineReason declineReason,
                         @Nullable String declineReasonLabel, @Nullable String caseCode,
                         @Nullable Boolean guardianConsentGiven,
                         @Nullable @Schema(nullable = false, requiredMode = Schema.RequiredMode.NOT_REQUIRED)
                         Person person,
                         @Nullable List<Guardian> guardians,
                         @Nullable @Schema(nullable = false, requiredMode = Schema.RequiredMode.NOT_REQUIRED)
                         Referrer referrer,
                         @Nullable String message) {

    @Serdeable
    public record Person(String identityNumber, String givenName, String familyName, @Nullable String phone,
                         @Nullable String email, @Nullable String address) {

        @Override
        public String toString() {
            return "Person[****]";
        }
    }

    @Serdeable
    public record Guardian(String name, @Nullable String identityNumber, @Nullable String phone) {

        @Override
        public String toString() {
            return "Guardian[****]";
        }
    }

    @Serdeable
    public record Referrer(String name, @Nullable String phone) {

        @Override
        public String toString() {
            return "Referrer[****]";
        }
    }

    static RemissView summary(RemissRow row) {
        return of(row, null);
    }

    static RemissView whole(RemissRow row, List<RemissGuardianRow> guardians) {
        return of(row, guardians);
    }

    private static RemissView of(RemissRow row, @Nullable List<RemissGuardianRow> guardians) {
        boolean whole = guardians != null;
        DeclineReason reason = row.declineReason() == null ? null : DeclineReason.valueOf(row.declineReason());
        return new RemissView(row.id(), row.insats(), RemissStatus.valueOf(row.status()), row.receivedOn(),
                row.kommun(), Vocabulary.KOMMUN_NAMES.getOrDefault(row.kommun(), row.kommun()), row.decidedOn(),
                reason, reason == null ? null : reason.label(), row.caseCode(), row.guardianConsentGiven(),
                whole ? new Person(row.identityNumber(), row.givenName(), row.familyName(), row.phone(), row.email(),
                        row.address()) : null,
                whole ? guardians.stream().map(g -> new Guardian(g.name(), g.identityNumber(), g.phone())).toList()
                        : null,
                whole ? new Referrer(row.referrerName(), row.referrerPhone()) : null,
                whole ? row.message() : null);
    }

    static RemissReceipt receiptOf(RemissRow row) {
        return new RemissReceipt(row.id(), row.insats(), RemissStatus.valueOf(row.status()), row.receivedOn(),
                row.decidedOn(), row.declineReason() == null ? null : DeclineReason.valueOf(row.declineReason()));
    }

    @Override
    public String toString() {
        return "RemissView[id=" + id + ", status=" + status + "]";
    }
}
