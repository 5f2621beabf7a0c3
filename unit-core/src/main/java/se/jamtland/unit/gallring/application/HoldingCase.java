package se.jamtland.unit.gallring.application;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import se.jamtland.unit.cases.infrastructure.CaseRecords;
import se.jamtland.unit.cases.model.Case;
import se.jamtland.unit.gallring.infrastructure.LegalHolds;
import se.jamtland.unit.policy.Outcome;
import se.jamtland.unit.policy.Refusal;
import se.jamtland.unit.web.CommandValidator;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The unit manager holds a case past its time (a request for documents, a complaint, IVO's supervision) and lifts
 * the hold when the matter is over; the gallring job passes a held case over and counts it in the receipt. A hold
 * reads nothing of the record and shows nothing of it, so it is not an access the access log records (and does not
 * make the record's last access later, which would keep it longer: see the README).
 */
@Singleton
public class HoldingCase {

    private final CaseRecords cases;
    private final LegalHolds holds;
    private final CommandValidator validator;
    private final Clock clock;

    public HoldingCase(CaseRecords cases, LegalHolds holds, CommandValidator validator, Clock clock) {
        this.cases = cases;
        this.holds = holds;
        this.validator = validator;
        this.clock = clock;
    }

    @Transactional
    public Outcome<LegalHoldView> hold(String caseCode, HoldCaseCommand command) {
        validator.requireValid(command);
        if (cases.find(caseCode).isEmpty()) {
            return Outcome.refused(Case.notFound());
        }
        holds.place(caseCode, command.reason(), LocalDate.now(clock), clock.instant());
        return Outcome.done(new LegalHoldView(caseCode, command.reason(), command.reason().label(),
                holds.placedOn(caseCode)));
    }

    /** A case that has no hold has none to lift: refused as not found, and nothing changes. */
    @Transactional
    public Outcome<Boolean> lift(String caseCode) {
        if (cases.find(caseCode).isEmpty()) {
            return Outcome.refused(Case.notFound());
        }
        return holds.lift(caseCode) ? Outcome.done(true) : Outcome.refused(Refusal.notFound("legal-hold-not-found",
                "Ärendet kvarhålls inte", "Ärendet har inget kvarhållande att häva."));
    }
}
