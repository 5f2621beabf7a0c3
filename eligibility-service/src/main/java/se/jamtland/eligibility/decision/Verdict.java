package se.jamtland.eligibility.decision;

import se.jamtland.eligibility.catalog.ConditionType;

/** What a condition policy concluded: met, not met (with the Bilaga's reason), or not decidable without input. */
public sealed interface Verdict {

    record Met() implements Verdict {
    }

    record NotMet(ConditionType condition, String description) implements Verdict {
    }

    record InputMissing(String field, String description) implements Verdict {
    }
}
