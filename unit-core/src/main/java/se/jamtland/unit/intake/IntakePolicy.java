package se.jamtland.unit.intake;

/** One rule an intake must pass; {@link IntakePolicies#allCurrentPolicies()} lists them all, in order. */
@FunctionalInterface
public interface IntakePolicy {

    IntakeResult check(Intake intake);
}
