package se.jamtland.unit.cases;

import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import se.jamtland.events.ActivityKind;
import se.jamtland.unit.audit.AuditAction;
import se.jamtland.unit.identity.PersonalIdentityNumber;
import se.jamtland.unit.outbox.ActivityEvents;
import se.jamtland.unit.outbox.Outbox;

import java.util.List;

/** Writes a new case with its identity, all or nothing. */
@Singleton
public class CaseStore {

    private static final int CODE_ATTEMPTS = 5;

    private final CaseRepository cases;
    private final PersonRepository persons;
    private final GuardianRepository guardians;
    private final CaseCodes codes;
    private final CaseReading reading;
    private final Outbox outbox;
    private final ActivityEvents events;

    public CaseStore(CaseRepository cases, PersonRepository persons, GuardianRepository guardians, CaseCodes codes,
                     CaseReading reading, Outbox outbox, ActivityEvents events) {
        this.outbox = outbox;
        this.events = events;
        this.cases = cases;
        this.persons = persons;
        this.guardians = guardians;
        this.codes = codes;
        this.reading = reading;
    }

    @Transactional
    public CaseView create(CaseRow draft, OpenCaseCommand.PersonDetails person, PersonalIdentityNumber identityNumber,
                           List<OpenCaseCommand.GuardianDetails> guardianDetails) {
        String code = freeCode();
        CaseRow row = new CaseRow(code, draft.insats(), draft.regime(), draft.startDate(), draft.ageBand(),
                draft.gender(), draft.kommun(), draft.guardianConsent(), draft.guardianSecrecy(),
                draft.catalogVersion(), draft.plannedSessions(), draft.plannedBooster(), draft.plannedFollowUp(),
                draft.maxSessions(), draft.linkedCaseCode(), null, null, draft.createdAt());
        cases.save(row);
        outbox.append(events.caseEvent(ActivityKind.CASE_STARTED, row, row.startDate(), null, null, null));
        if (person != null) {
            persons.save(new PersonRow(code, identityNumber.twelveDigits(), person.givenName(), person.familyName(),
                    person.phone(), person.email(), person.address(), row.insats()));
            if (guardianDetails != null) {
                for (OpenCaseCommand.GuardianDetails guardian : guardianDetails) {
                    guardians.save(new GuardianRow(null, code, guardian.name(), guardian.identityNumber(),
                            guardian.phone()));
                }
            }
        }
        reading.logIfIndividual(row, AuditAction.CREATE);
        return reading.view(row);
    }

    /** A collision is astronomically rare, but a duplicate key must never surface as a 5xx. */
    private String freeCode() {
        for (int attempt = 0; attempt < CODE_ATTEMPTS; attempt++) {
            String code = codes.next();
            if (!cases.existsById(code)) {
                return code;
            }
        }
        throw new DataAccessException("No free case code after " + CODE_ATTEMPTS + " attempts");
    }
}
