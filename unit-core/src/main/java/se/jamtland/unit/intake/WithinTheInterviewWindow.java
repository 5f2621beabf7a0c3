package se.jamtland.unit.intake;

import se.jamtland.unit.eligibility.CatalogInsats;
import se.jamtland.unit.policy.Refusal;

/**
 * A krissamtal is held "i samband med att ett barn ska på barnförhör" (Barnahus, 5.1): on the day or in the days
 * before, and at the latest as many days after as the catalog's window says.
 */
final class WithinTheInterviewWindow implements IntakePolicy {

    @Override
    public IntakeResult check(Intake intake) {
        if (intake.request().interviewDate() == null || intake.insats().interviewWindow() == null) {
            return IntakeResult.ALLOWED;
        }
        CatalogInsats.InterviewWindow window = intake.insats().interviewWindow();
        if (!intake.date().isAfter(intake.request().interviewDate().plusDays(window.latestDaysAfter()))) {
            return IntakeResult.ALLOWED;
        }
        String latest = switch (window.latestDaysAfter()) {
            case 0 -> "samma dag";
            case 1 -> "senast dagen efter";
            default -> "senast " + window.latestDaysAfter() + " dagar efter";
        };
        return IntakeResult.refused(Refusal.ruleNotMet("krissamtal-after-interview", "Krissamtalet är för sent",
                "Krissamtal hålls i samband med barnförhöret, " + latest + ".", "interviewDate"));
    }
}
