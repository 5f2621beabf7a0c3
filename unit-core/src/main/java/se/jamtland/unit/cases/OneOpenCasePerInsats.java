package se.jamtland.unit.cases;

import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import se.jamtland.problem.ProblemException;
import se.jamtland.unit.audit.AccessLog;
import se.jamtland.unit.audit.AuditAction;
import se.jamtland.unit.identity.PersonalIdentityNumber;

import java.sql.SQLIntegrityConstraintViolationException;
import java.util.List;
import java.util.Optional;

/**
 * A person has at most one open case of an insats at a unit: a second one would split the journal of one
 * treatment (14 kap. 3 § SoL) in two. The same person in two different insatser is fine. The database's unique
 * key ({@code case_person_one_open_per_insats}) decides a race between two intakes; this class asks first, so
 * that the usual case is answered before eligibility-service is called.
 *
 * <p>The answer names the existing case code, which the staff member may open. Telling them that this person
 * has a case here is an access to that INDIVIDUAL record, so it is access-logged as a READ.
 */
@Singleton
public class OneOpenCasePerInsats {

    static final String UNIQUE_KEY = "case_person_one_open_per_insats";

    private final PersonRepository persons;
    private final AccessLog accessLog;

    public OneOpenCasePerInsats(PersonRepository persons, AccessLog accessLog) {
        this.persons = persons;
        this.accessLog = accessLog;
    }

    /** Refuses with a 409 naming the open case, if there is one; the access log's READ row stays. */
    public void requireNoOpenCase(PersonalIdentityNumber identityNumber, String insats) {
        Optional<String> open = openCaseOf(identityNumber, insats);
        if (open.isPresent()) {
            throw ProblemException.conflict("open-case-exists", "Personen har redan ett öppet ärende",
                    "Personen har redan ett öppet ärende för den här insatsen: " + open.get()
                            + ". Fortsätt i det ärendet, eller avsluta det innan ett nytt öppnas.");
        }
    }

    /** The open case, access-logged in a transaction of its own that commits before the refusal is thrown. */
    @Transactional
    protected Optional<String> openCaseOf(PersonalIdentityNumber identityNumber, String insats) {
        Optional<String> open = persons.findOpenCaseCode(identityNumber.twelveDigits(), insats);
        open.ifPresent(caseCode -> accessLog.recordAll(List.of(caseCode), AuditAction.READ));
        return open;
    }

    /** True when a write failed on the unique key: another intake of the same person won the race. */
    static boolean lostTheRace(DataAccessException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            // The driver's message quotes the duplicate entry (the identity number): it is read, never logged.
            if (cause instanceof SQLIntegrityConstraintViolationException violation
                    && violation.getMessage() != null && violation.getMessage().contains(UNIQUE_KEY)) {
                return true;
            }
        }
        return false;
    }
}
