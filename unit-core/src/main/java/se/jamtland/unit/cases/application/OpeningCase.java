package se.jamtland.unit.cases.application;

import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import se.jamtland.events.ActivityKind;
import se.jamtland.events.Vocabulary;
import se.jamtland.unit.audit.AccessLog;
import se.jamtland.unit.audit.AuditAction;
import se.jamtland.unit.cases.infrastructure.CaseRecords;
import se.jamtland.unit.cases.model.Case;
import se.jamtland.unit.cases.model.CaseGuardian;
import se.jamtland.unit.cases.model.CasePerson;
import se.jamtland.unit.cases.model.DeidentifiedProfile;
import se.jamtland.unit.cases.model.SessionPlan;
import se.jamtland.unit.eligibility.CatalogInsats;
import se.jamtland.unit.eligibility.EligibilityAnswer;
import se.jamtland.unit.identity.IdentityFreeFields;
import se.jamtland.unit.identity.PersonalIdentityNumber;
import se.jamtland.unit.intake.EligibilityLookups;
import se.jamtland.unit.intake.Intake;
import se.jamtland.unit.intake.IntakeDoor;
import se.jamtland.unit.intake.IntakePolicies;
import se.jamtland.unit.intake.IntakeRequest;
import se.jamtland.unit.intake.Intaking;
import se.jamtland.unit.outbox.ActivityEvents;
import se.jamtland.unit.outbox.Outbox;
import se.jamtland.unit.policy.Outcome;
import se.jamtland.unit.policy.Refusal;
import se.jamtland.unit.vocabulary.GuardianConsentStatus;
import se.jamtland.unit.web.CommandValidator;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Intake of a DEIDENTIFIED or INDIVIDUAL case: every intake policy, then the case, its identity, its first event
 * and, for an INDIVIDUAL record, its access-log entry, in one transaction. The regime comes from the catalog,
 * never from the caller; the villkor and guardian consent from eligibility-service, which gets no identity.
 * Nothing is written unless everything holds, except the de-identified count of a referral.
 */
@Singleton
public class OpeningCase {

    private final IdentityFreeFields identityFreeFields;
    private final CommandValidator validator;
    private final Intaking intaking;
    private final EligibilityLookups catalog;
    private final CaseIntakeLookups cases;
    private final CaseRecords records;
    private final CaseViews views;
    private final Outbox outbox;
    private final ActivityEvents events;
    private final AccessLog accessLog;
    private final Clock clock;

    public OpeningCase(IdentityFreeFields identityFreeFields, CommandValidator validator, Intaking intaking,
                       EligibilityLookups catalog, CaseIntakeLookups cases, CaseRecords records, CaseViews views,
                       Outbox outbox, ActivityEvents events, AccessLog accessLog, Clock clock) {
        this.identityFreeFields = identityFreeFields;
        this.validator = validator;
        this.intaking = intaking;
        this.catalog = catalog;
        this.cases = cases;
        this.records = records;
        this.views = views;
        this.outbox = outbox;
        this.events = events;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    public Outcome<CaseView> open(OpenCaseCommand command) {
        return open(command, opened -> { });
    }

    /**
     * Intake as above; {@code alsoInTheTransaction} runs in the transaction that stores the case, after it (a
     * remiss marked accepted, issue 12), and an exception from it rolls the case back with it.
     */
    public Outcome<CaseView> open(OpenCaseCommand command, Consumer<CaseView> alsoInTheTransaction) {
        // Identity first: a personnummer typed into a code field gets the answer that says what it is.
        Optional<Refusal> identityInCodes = identityFreeFields.refusalOf(command.codeFields());
        if (identityInCodes.isPresent()) {
            return Outcome.refused(identityInCodes.get());
        }
        validator.requireValid(command);
        LocalDate today = LocalDate.now(clock);
        LocalDate start = command.startDate() != null ? command.startDate() : today;
        Intake intake = new Intake(requestOf(command, start, today), catalog, cases);
        Optional<Refusal> refusal = intaking.refusalOf(intake, command.gender(), command.kommun());
        if (refusal.isPresent()) {
            return Outcome.refused(refusal.get());
        }
        Optional<PersonalIdentityNumber> identityNumber = intake.identityNumber();
        try {
            return Outcome.done(store(draftOf(command, intake), personOf(command, identityNumber),
                    guardiansOf(command), alsoInTheTransaction));
        } catch (DataAccessException failed) {
            if (identityNumber.isPresent() && CaseRecords.lostTheRaceForOneOpenCase(failed)) {
                // Another intake of the same person committed first; everything of this one was rolled back.
                Optional<String> open = cases.openCaseOf(identityNumber.get(), command.insats());
                if (open.isPresent()) {
                    return Outcome.refused(IntakePolicies.openCaseExists(open.get()));
                }
            }
            throw failed;
        }
    }

    @Transactional
    protected CaseView store(Case draft, CasePerson person, List<CaseGuardian> guardians,
                             Consumer<CaseView> alsoInTheTransaction) {
        Case opened = records.create(draft, person, guardians);
        outbox.append(events.caseEvent(ActivityKind.CASE_STARTED, opened, opened.startDate(), null, null, null));
        if (opened.isAccessLogged()) {
            accessLog.record(opened.code(), AuditAction.CREATE);
        }
        CaseView view = views.of(opened);
        alsoInTheTransaction.accept(view);
        return view;
    }

    private static IntakeRequest requestOf(OpenCaseCommand command, LocalDate start, LocalDate today) {
        OpenCaseCommand.PersonDetails person = command.person();
        return new IntakeRequest(IntakeDoor.CASE, command.insats(), start, today, command.age(),
                command.legalGender(), null, Boolean.TRUE.equals(command.guardianConsentGiven()),
                command.guardians() != null && !command.guardians().isEmpty(), command.carriesIdentity(),
                person != null ? "person" : "guardians", person != null,
                person == null ? null : person.identityNumber(), command.linkedCaseCode(), null);
    }

    private Case draftOf(OpenCaseCommand command, Intake intake) {
        CatalogInsats insats = intake.insats();
        EligibilityAnswer answer = intake.answer();
        CatalogInsats.SessionPlan plan = insats.sessionPlan();
        return new Case(null, insats.id(), insats.regime(), intake.date(),
                DeidentifiedProfile.of(Vocabulary.ageBand(intake.age()), command.gender(), command.kommun()),
                answer.guardianConsentRequired() ? GuardianConsentStatus.GIVEN : GuardianConsentStatus.NOT_REQUIRED,
                intake.guardianSecrecy(), answer.catalogVersion(),
                plan == null ? SessionPlan.NONE : new SessionPlan(plan.plannedSessions(),
                        plan.plannedBoosterSessions(), plan.plannedFollowUpSessions(), plan.maxSessions()),
                insats.allowedChannels(), command.linkedCaseCode(), null, clock.instant());
    }

    /** Identity is kept for an INDIVIDUAL record only (14 kap. 3 § SoL); the policies refused it elsewhere. */
    private static CasePerson personOf(OpenCaseCommand command, Optional<PersonalIdentityNumber> identityNumber) {
        OpenCaseCommand.PersonDetails person = command.person();
        if (person == null || identityNumber.isEmpty()) {
            return null;
        }
        return new CasePerson(identityNumber.get(), person.givenName(), person.familyName(), person.phone(),
                person.email(), person.address());
    }

    private static List<CaseGuardian> guardiansOf(OpenCaseCommand command) {
        return command.guardians() == null ? List.of() : command.guardians().stream()
                .map(guardian -> new CaseGuardian(guardian.name(), guardian.identityNumber(), guardian.phone()))
                .toList();
    }
}
