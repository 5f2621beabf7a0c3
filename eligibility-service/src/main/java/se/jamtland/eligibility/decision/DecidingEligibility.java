package se.jamtland.eligibility.decision;

import jakarta.inject.Singleton;
import se.jamtland.eligibility.catalog.Catalog;
import se.jamtland.eligibility.catalog.CatalogLookup;
import se.jamtland.eligibility.catalog.Condition;
import se.jamtland.eligibility.catalog.Insats;
import se.jamtland.problem.Problem;
import se.jamtland.problem.ProblemException;

import java.util.ArrayList;
import java.util.List;

/** Decides one eligibility question by the catalog in force on the date asked about. Stores nothing. */
@Singleton
public class DecidingEligibility {

    private final CatalogLookup lookup;
    private final ConditionPolicies policies = ConditionPolicies.allCurrentPolicies();

    public DecidingEligibility(CatalogLookup lookup) {
        this.lookup = lookup;
    }

    public EligibilityDecision decide(EligibilityCheckCommand command) {
        Catalog catalog = lookup.catalogToDecideBy(lookup.dateOrToday(command.onDate()));
        Insats insats = lookup.insats(catalog, command.insats());
        Applicant applicant = command.applicant();

        List<UnmetCondition> unmet = new ArrayList<>();
        List<Problem.FieldProblem> missing = new ArrayList<>();
        for (Condition condition : insats.conditions()) {
            Verdict verdict = policies.check(condition, applicant);
            if (verdict instanceof Verdict.NotMet notMet) {
                unmet.add(new UnmetCondition(notMet.condition(), notMet.description()));
            } else if (verdict instanceof Verdict.InputMissing input) {
                missing.add(Problem.FieldProblem.field(input.field(),
                        "Behövs för att pröva villkoret: " + input.description() + "."));
            }
        }
        if (!missing.isEmpty()) {
            // Guessing a missing input could refer someone who is entitled, or admit someone who is not.
            throw ProblemException.unprocessable("condition-input-missing", "Uppgift saknas för att pröva villkor",
                    "Insatsen har villkor som inte kan prövas utan de uppgifter som saknas.", missing);
        }
        return new EligibilityDecision(
                insats.id(),
                catalog.version(),
                unmet.isEmpty() ? Outcome.ELIGIBLE : Outcome.REFER_TO_NEEDS_ASSESSMENT,
                List.copyOf(unmet),
                GuardianConsent.decide(catalog.guardianConsent(), applicant.age()),
                AppliedConsentRule.of(catalog.guardianConsent()),
                insats.documentation(),
                insats.targetGroup(),
                catalog.targetGroupNote());
    }
}
