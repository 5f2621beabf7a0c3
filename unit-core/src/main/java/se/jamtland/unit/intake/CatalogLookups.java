package se.jamtland.unit.intake;

import se.jamtland.unit.eligibility.CatalogInsats;
import se.jamtland.unit.eligibility.EligibilityAnswer;
import se.jamtland.unit.eligibility.EligibilityQuestion;

import java.time.LocalDate;

/** What every intake asks eligibility-service: the catalog's insats and the villkor. It never sends identity. */
public interface CatalogLookups {

    /** The insats as the catalog in force on {@code date} has it; refused unless it is this unit's. */
    CatalogInsats insats(String insats, LocalDate date, String dateField);

    /** eligibility-service's decision on the villkor. */
    EligibilityAnswer villkor(EligibilityQuestion question, String dateField);
}
