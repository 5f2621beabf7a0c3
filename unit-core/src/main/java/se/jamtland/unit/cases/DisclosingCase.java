package se.jamtland.unit.cases;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import se.jamtland.problem.ProblemException;
import se.jamtland.unit.audit.AuditAction;
import se.jamtland.unit.vocabulary.Recipient;
import se.jamtland.unit.web.CommandValidator;

import java.time.Clock;

/**
 * Disclosure (utlämnande) of a record outside the unit, e.g. to the person or their guardian. A case under
 * guardian secrecy is never disclosed to a guardian: a 15-17-year-old may come without the guardians knowing
 * (Bilaga 1, avsnitt 1), and then 12 kap. 3 § offentlighets- och sekretesslagen (2009:400) keeps it from them.
 */
@Singleton
public class DisclosingCase {

    private final CaseReading reading;
    private final CommandValidator validator;
    private final Clock clock;

    public DisclosingCase(CaseReading reading, CommandValidator validator, Clock clock) {
        this.reading = reading;
        this.validator = validator;
        this.clock = clock;
    }

    @Transactional
    public DisclosureView disclose(String caseCode, DiscloseCaseCommand command) {
        validator.requireValid(command);
        CaseRow row = reading.require(caseCode);
        if (row.guardianSecrecy() && command.recipient() == Recipient.GUARDIAN) {
            throw ProblemException.forbidden("guardian-secrecy", "Sekretess mot vårdnadshavare",
                    "Personen har sökt insatsen utan vårdnadshavarnas vetskap (15–17 år, Bilaga 1 avsnitt 1). "
                            + "Uppgifter i ärendet lämnas inte ut till vårdnadshavare (12 kap. 3 § OSL). "
                            + "Inget har lämnats ut.");
        }
        reading.logIfIndividual(row, AuditAction.EXPORT);
        return new DisclosureView(row.caseCode(), command.recipient(), clock.instant(), reading.view(row));
    }
}
