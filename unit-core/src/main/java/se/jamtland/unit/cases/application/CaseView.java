package se.jamtland.unit.cases.application;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import se.jamtland.events.Channel;
import se.jamtland.events.ClosureReason;
import se.jamtland.events.DocumentationRegime;
import se.jamtland.unit.cases.model.Case;
import se.jamtland.unit.cases.model.Closure;
import se.jamtland.unit.cases.model.DeidentifiedProfile;
import se.jamtland.unit.vocabulary.GuardianConsentStatus;
import se.jamtland.unit.vocabulary.SessionKind;

import java.time.LocalDate;
import java.util.List;

/**
 * A case as staff see it. {@code guardianSecrecy} is always present: when true nothing may be disclosed to the
 * guardians. {@code person} and {@code guardians} exist only on INDIVIDUAL records.
 * Optional parts are left out when absent, never sent as null: the document says so by not marking those of a
 * schema of their own nullable (OpenAPI 3.0 has no nullable {@code $ref}; Spectral refuses the allOf form).
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CaseView(
        String caseCode,
        String insats,
        DocumentationRegime regime,
        LocalDate startDate,
        String ageBand,
        String gender,
        String kommun,
        GuardianConsentStatus guardianConsent,
        @JsonInclude(JsonInclude.Include.ALWAYS) boolean guardianSecrecy,
        String catalogVersion,
        @Nullable String linkedCaseCode,
        boolean open,
        @Nullable LocalDate closedDate,
        @Nullable @Schema(nullable = false, requiredMode = Schema.RequiredMode.NOT_REQUIRED) ClosureReason closureReason,
        @Nullable @Schema(nullable = false, requiredMode = Schema.RequiredMode.NOT_REQUIRED) Progress progress,
        @Nullable List<SessionView> sessions,
        @Nullable List<NoteView> notes,
        @Nullable @Schema(nullable = false, requiredMode = Schema.RequiredMode.NOT_REQUIRED) PersonView person,
        @Nullable List<GuardianView> guardians) {

    /** Held against planned, per kind, from the Bilaga's session plan copied at intake. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Progress(long sessionsHeld, @Nullable Integer sessionsPlanned, long boostersHeld,
                           @Nullable Integer boostersPlanned, long followUpsHeld, @Nullable Integer followUpsPlanned,
                           @Nullable Integer maxSessions) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SessionView(long id, LocalDate date, SessionKind kind,
                              @Nullable @Schema(nullable = false, requiredMode = Schema.RequiredMode.NOT_REQUIRED)
                              Channel channel,
                              @Nullable Integer participantCount) {
    }

    @Serdeable
    public record NoteView(long id, LocalDate date, String text) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PersonView(String identityNumber, String givenName, String familyName, @Nullable String phone,
                             @Nullable String email, @Nullable String address) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record GuardianView(String name, @Nullable String identityNumber, @Nullable String phone) {
    }

    /** The case without its sessions, notes or identity: what a list shows. */
    public static CaseView summary(Case record) {
        DeidentifiedProfile profile = record.profile();
        Closure closure = record.closure();
        return new CaseView(record.code(), record.insats(), record.regime(), record.startDate(), profile.ageBand(),
                profile.gender(), profile.kommun(), record.guardianConsent(), record.guardianSecrecy(),
                record.catalogVersion(), record.linkedCaseCode(), record.isOpen(),
                closure == null ? null : closure.date(), closure == null ? null : closure.reason(), null, null, null,
                null, null);
    }

    static Progress of(se.jamtland.unit.cases.model.Progress progress) {
        return new Progress(progress.sessionsHeld(), progress.sessionsPlanned(), progress.boostersHeld(),
                progress.boostersPlanned(), progress.followUpsHeld(), progress.followUpsPlanned(),
                progress.maxSessions());
    }
}
