package se.jamtland.unit.intake;

import se.jamtland.unit.eligibility.CatalogInsats;
import se.jamtland.unit.eligibility.EligibilityAnswer;
import se.jamtland.unit.eligibility.EligibilityQuestion;
import se.jamtland.unit.identity.PersonalIdentityNumber;

import java.time.LocalDate;
import java.util.Optional;

/** What intake asks outside the request: the catalog and the villkor (eligibility-service), and the unit's cases. */
public interface IntakeLookups {

    /** The insats as the catalog in force on {@code date} has it; refused unless it is this unit's. */
    CatalogInsats insats(String insats, LocalDate date, String dateField);

    /** eligibility-service's decision on the villkor; it never sees identity. */
    EligibilityAnswer villkor(EligibilityQuestion question, String dateField);

    /** The person's open case of the insats, if any; asking is an access to that record and is logged. */
    default Optional<String> openCaseOf(PersonalIdentityNumber identityNumber, String insats) {
        return Optional.empty();
    }

    /** The insats of a case at this unit, if the code names one. */
    default Optional<String> insatsOfCase(String caseCode) {
        return Optional.empty();
    }
}
