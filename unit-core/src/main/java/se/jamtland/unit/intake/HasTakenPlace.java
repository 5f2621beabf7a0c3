package se.jamtland.unit.intake;

import se.jamtland.unit.policy.Refusal;

/** An insats is registered when it has begun, a contact when it has taken place: never ahead of time. */
final class HasTakenPlace implements IntakePolicy {

    @Override
    public IntakeResult check(Intake intake) {
        if (!intake.date().isAfter(intake.request().today())) {
            return IntakeResult.ALLOWED;
        }
        return IntakeResult.refused(intake.request().door() == IntakeDoor.CASE
                ? Refusal.ruleNotMet("date-in-future", "Startdatum i framtiden",
                        "Ett ärende registreras när insatsen har börjat.", "startDate")
                : Refusal.ruleNotMet("date-in-future", "Datum i framtiden",
                        "En kontakt registreras när den har ägt rum.", "date"));
    }
}
