package se.jamtland.unit.intake;

import jakarta.inject.Singleton;
import se.jamtland.unit.policy.Refusal;
import se.jamtland.unit.referral.ReferringToNeedsAssessment;

import java.util.Optional;

/** Runs every intake policy for a request and says why it cannot go ahead, if it cannot. */
@Singleton
public class Intaking {

    private final ReferringToNeedsAssessment referring;

    public Intaking(ReferringToNeedsAssessment referring) {
        this.referring = referring;
    }

    /**
     * The refusal the intake ends with, or empty when every policy allows it. A villkor not met is counted as a
     * referral (de-identified, committed) and answered with what tells staff to refer the person.
     */
    public Optional<Refusal> refusalOf(Intake intake, String gender, String kommun) {
        IntakeResult result = IntakePolicies.decide(intake);
        if (result instanceof IntakeResult.Refused refused) {
            return Optional.of(refused.refusal());
        }
        if (result instanceof IntakeResult.ConsentNeeded consent) {
            return Optional.of(consent.refusal());
        }
        if (result instanceof IntakeResult.ReferToNeedsAssessment referral) {
            return Optional.of(referring.refer(intake.insats().id(), intake.date(), intake.age(), gender, kommun,
                    referral.answer()));
        }
        return Optional.empty();
    }
}
