package se.jamtland.unit.ui;

import se.jamtland.unit.cases.application.CaseView;

import java.util.ArrayList;
import java.util.List;

/**
 * A case's progress against its plan as a person reads it (issue 13): "7 av 15 sessioner, 1 av 3
 * boostersessioner". A kind the plan does not name is left out until one is held; without a planned number the
 * count stands alone, with the Bilaga's maximum where it gives one.
 */
public final class ProgressInWords {

    private ProgressInWords() {
    }

    public static String of(CaseView.Progress progress) {
        List<String> parts = new ArrayList<>();
        String sessions = count(progress.sessionsHeld(), progress.sessionsPlanned(), "session", "sessioner");
        if (progress.sessionsPlanned() == null && progress.maxSessions() != null) {
            sessions += " (högst " + progress.maxSessions() + ")";
        }
        parts.add(sessions);
        if (progress.boostersPlanned() != null || progress.boostersHeld() > 0) {
            parts.add(count(progress.boostersHeld(), progress.boostersPlanned(), "boostersession",
                    "boostersessioner"));
        }
        if (progress.followUpsPlanned() != null || progress.followUpsHeld() > 0) {
            parts.add(count(progress.followUpsHeld(), progress.followUpsPlanned(), "uppföljningssession",
                    "uppföljningssessioner"));
        }
        return String.join(", ", parts);
    }

    private static String count(long held, Integer planned, String one, String many) {
        if (planned != null) {
            return held + " av " + planned + " " + (planned == 1 ? one : many);
        }
        return held + " " + (held == 1 ? one : many);
    }
}
