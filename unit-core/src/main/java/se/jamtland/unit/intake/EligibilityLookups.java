package se.jamtland.unit.intake;

import jakarta.inject.Singleton;
import se.jamtland.unit.eligibility.CatalogInsats;
import se.jamtland.unit.eligibility.Eligibility;
import se.jamtland.unit.eligibility.EligibilityAnswer;
import se.jamtland.unit.eligibility.EligibilityQuestion;

import java.time.LocalDate;

/** The catalog and the villkor, from eligibility-service: all an advisory contact's intake looks up. */
@Singleton
public class EligibilityLookups implements CatalogLookups {

    private final Eligibility eligibility;

    public EligibilityLookups(Eligibility eligibility) {
        this.eligibility = eligibility;
    }

    @Override
    public CatalogInsats insats(String insats, LocalDate date, String dateField) {
        return eligibility.insatsOfThisUnit(insats, date, dateField);
    }

    @Override
    public EligibilityAnswer villkor(EligibilityQuestion question, String dateField) {
        return eligibility.check(question, dateField);
    }
}
