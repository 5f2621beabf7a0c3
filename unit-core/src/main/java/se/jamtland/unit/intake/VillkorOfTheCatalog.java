package se.jamtland.unit.intake;

/**
 * The villkor of the catalog in force, decided by eligibility-service, which gets no identity. Only a villkor can
 * stand in the way, never the target group, and a villkor not met is a referral to a needs assessment.
 */
final class VillkorOfTheCatalog implements IntakePolicy {

    @Override
    public IntakeResult check(Intake intake) {
        return intake.answer().eligible() ? IntakeResult.ALLOWED
                : new IntakeResult.ReferToNeedsAssessment(intake.answer());
    }
}
