package se.jamtland.unit.intake;

import se.jamtland.unit.policy.Refusal;

import java.util.List;

/**
 * Every rule an intake must pass, in the order they are checked, for cases, advisory contacts and krissamtal
 * alike; a policy that does not concern a door lets it through. The order is part of the behaviour: the cheap
 * and local checks come first, the villkor (a call to eligibility-service) after everything the request alone can
 * settle, and guardian consent last, since it depends on the villkor's answer.
 */
public final class IntakePolicies {

    private static final List<IntakePolicy> ALL_CURRENT_POLICIES = List.of(
            new HasTakenPlace(),
            new RecordFitsTheRegime(),
            new ChannelOfTheInsats(),
            new IdentityFollowsTheRegime(),
            new AgeOnTheStartDate(),
            new OneOpenCasePerInsats(),
            new LinkOfTheInsats(),
            new VillkorOfTheCatalog(),
            new GuardianConsentGiven(),
            new WithinTheInterviewWindow());

    private IntakePolicies() {
    }

    public static List<IntakePolicy> allCurrentPolicies() {
        return ALL_CURRENT_POLICIES;
    }

    /** The first policy's result that is not "allowed", or allowed. */
    public static IntakeResult decide(Intake intake) {
        for (IntakePolicy policy : ALL_CURRENT_POLICIES) {
            IntakeResult result = policy.check(intake);
            if (!result.allowed()) {
                return result;
            }
        }
        return IntakeResult.ALLOWED;
    }

    /** The race lost on the database's unique key, answered as the policy would have. */
    public static Refusal openCaseExists(String openCaseCode) {
        return OneOpenCasePerInsats.refusal(openCaseCode);
    }
}
