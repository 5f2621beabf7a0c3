package se.jamtland.unit.remiss.application;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import se.jamtland.unit.audit.AccessLog;
import se.jamtland.unit.audit.AuditAction;
import se.jamtland.unit.cases.application.CaseView;
import se.jamtland.unit.cases.application.OpenCaseCommand;
import se.jamtland.unit.cases.application.OpeningCase;
import se.jamtland.unit.policy.Outcome;
import se.jamtland.unit.remiss.infrastructure.RemissGuardianRepository;
import se.jamtland.unit.remiss.infrastructure.RemissGuardianRow;
import se.jamtland.unit.remiss.infrastructure.RemissRepository;
import se.jamtland.unit.remiss.infrastructure.RemissRow;
import se.jamtland.unit.web.CommandValidator;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Staff decide a remiss once: accept it, which opens a case through normal intake (every intake policy, the
 * villkor from eligibility-service) with the remiss's person and guardians, or decline it with a reason from the
 * list. A villkor not met is intake's own answer (refer to needs assessment) and the remiss stays RECEIVED, so
 * staff can still decline it with VILLKOR_NOT_MET. Each decision is in the access log, in its own transaction.
 */
@Singleton
public class DecidingRemiss {

    private final RemissRepository remisser;
    private final RemissGuardianRepository guardians;
    private final OpeningCase opening;
    private final CommandValidator validator;
    private final AccessLog accessLog;
    private final Clock clock;

    public DecidingRemiss(RemissRepository remisser, RemissGuardianRepository guardians, OpeningCase opening,
                          CommandValidator validator, AccessLog accessLog, Clock clock) {
        this.remisser = remisser;
        this.guardians = guardians;
        this.opening = opening;
        this.validator = validator;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /** Thrown inside the case's transaction when another decision came first: the case is rolled back. */
    private static final class DecidedMeanwhile extends RuntimeException {
        DecidedMeanwhile() {
            super("the remiss was decided meanwhile", null, false, false);
        }
    }

    public Outcome<CaseView> accept(String id, @Nullable AcceptRemissCommand given) {
        AcceptRemissCommand command = validator.requireValid(given == null ? AcceptRemissCommand.NOTHING_ADDED : given);
        Optional<RemissRow> found = remisser.findById(id);
        if (found.isEmpty()) {
            return Outcome.refused(RemissRefusals.notFound());
        }
        RemissRow remiss = found.get();
        if (!RemissStatus.RECEIVED.name().equals(remiss.status())) {
            return Outcome.refused(RemissRefusals.alreadyDecided(RemissStatus.valueOf(remiss.status())));
        }
        try {
            return opening.open(caseOf(remiss, guardians.findByRemissIdOrderById(id), command), opened -> {
                if (remisser.markAccepted(id, LocalDate.now(clock), opened.caseCode()) != 1) {
                    throw new DecidedMeanwhile();
                }
                accessLog.record(id, AuditAction.ACCEPT);
            });
        } catch (DecidedMeanwhile meanwhile) {
            return Outcome.refused(RemissRefusals.alreadyDecided(
                    RemissStatus.valueOf(remisser.findById(id).orElseThrow().status())));
        }
    }

    @Transactional
    public Outcome<RemissView> decline(String id, DeclineRemissCommand command) {
        validator.requireValid(command);
        Optional<RemissRow> found = remisser.lockById(id);
        if (found.isEmpty()) {
            return Outcome.refused(RemissRefusals.notFound());
        }
        RemissRow remiss = found.get();
        if (!RemissStatus.RECEIVED.name().equals(remiss.status())) {
            return Outcome.refused(RemissRefusals.alreadyDecided(RemissStatus.valueOf(remiss.status())));
        }
        remisser.markDeclined(id, LocalDate.now(clock), command.reason().name());
        accessLog.record(id, AuditAction.DECLINE);
        return Outcome.done(RemissView.whole(remisser.findById(id).orElseThrow(),
                guardians.findByRemissIdOrderById(id)));
    }

    /** The case as the remiss describes the person; the kommun is the referring one, from its verified token. */
    private static OpenCaseCommand caseOf(RemissRow remiss, List<RemissGuardianRow> named,
                                          AcceptRemissCommand command) {
        Boolean consent = command.guardianConsentGiven() != null ? command.guardianConsentGiven()
                : remiss.guardianConsentGiven();
        return new OpenCaseCommand(remiss.insats(), command.startDate(), null, null, null, remiss.kommun(), consent,
                command.linkedCaseCode(),
                new OpenCaseCommand.PersonDetails(remiss.identityNumber(), remiss.givenName(), remiss.familyName(),
                        remiss.phone(), remiss.email(), remiss.address()),
                named.isEmpty() ? null : named.stream().map(guardian -> new OpenCaseCommand.GuardianDetails(
                        guardian.name(), guardian.identityNumber(), guardian.phone())).toList());
    }
}
