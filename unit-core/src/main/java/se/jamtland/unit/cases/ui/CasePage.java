package se.jamtland.unit.cases.ui;

import io.micronaut.core.annotation.Nullable;
import se.jamtland.events.Channel;
import se.jamtland.events.DocumentationRegime;
import se.jamtland.unit.cases.application.CaseView;
import se.jamtland.unit.ui.ProfileChoices;
import se.jamtland.unit.vocabulary.SessionKind;

import java.util.ArrayList;
import java.util.List;

/**
 * A case as its page shows it (issue 13, "A case"): every code turned into the Swedish words staff read, and the
 * progress against the plan both in words ("7 av 15 sessioner, 1 av 3 boostersessioner") and as one bar per kind
 * the plan counts. Made from the use case's {@link CaseView}; it decides nothing.
 *
 * @param channels the channels a new session may take (the insats's, as the catalog said at intake)
 */
public record CasePage(String code, String insats, String regime, String startDate, String ageBand, String gender,
                       String kommun, String guardianConsent, boolean guardianSecrecy, @Nullable String linkedCaseCode,
                       boolean open, @Nullable String closure, String progress, List<Bar> bars,
                       @Nullable String limit, List<SessionRow> sessions, List<CaseView.NoteView> notes,
                       boolean journal, @Nullable CaseView.PersonView person,
                       List<CaseView.GuardianView> guardians, List<Channel> channels) {

    /** One kind of session the plan counts, as a {@code <progress>} bar named by its words. */
    public record Bar(String id, String words, long held, int of) {
    }

    public record SessionRow(String date, String kind, String channel, String participants) {
    }

    static CasePage of(CaseView view, List<Channel> channels) {
        CaseView.Progress progress = view.progress();
        List<Bar> bars = progress == null ? List.of() : bars(progress);
        String closure = view.open() ? null : "Avslutat " + view.closedDate()
                + (view.closureReason() == null ? "" : ": " + view.closureReason().label());
        return new CasePage(view.caseCode(), view.insats(), regime(view.regime()), String.valueOf(view.startDate()),
                ageBand(view.ageBand()), labelOf(ProfileChoices.GENDERS, view.gender()),
                labelOf(ProfileChoices.KOMMUNER, view.kommun()), view.guardianConsent() == null ? "Okänt" : view.guardianConsent().label(),
                view.guardianSecrecy(), view.linkedCaseCode(), view.open(), closure,
                progress == null ? "" : words(progress, bars), bars,
                progress == null || progress.maxSessions() == null ? null
                        : "Insatsen omfattar högst " + progress.maxSessions() + " sessioner enligt Bilaga 1.",
                view.sessions() == null ? List.of() : view.sessions().stream().map(CasePage::row).toList(),
                view.notes() == null ? List.of() : view.notes(), view.regime() == DocumentationRegime.INDIVIDUAL,
                view.person(), view.guardians() == null ? List.of() : view.guardians(), channels);
    }

    /**
     * A bar for each kind the plan gives a number for; where the Bilaga gives only an upper limit ("upp till 20
     * samtal", 2.4) the sessions are shown against it, and where it gives neither there is no bar, only words.
     */
    private static List<Bar> bars(CaseView.Progress progress) {
        List<Bar> bars = new ArrayList<>();
        Integer sessionsOf = progress.sessionsPlanned() != null ? progress.sessionsPlanned() : progress.maxSessions();
        if (sessionsOf != null) {
            bars.add(bar(SessionKind.SESSION, progress.sessionsHeld(), sessionsOf,
                    progress.sessionsPlanned() == null ? "högst " : ""));
        }
        if (progress.boostersPlanned() != null) {
            bars.add(bar(SessionKind.BOOSTER, progress.boostersHeld(), progress.boostersPlanned(), ""));
        }
        if (progress.followUpsPlanned() != null) {
            bars.add(bar(SessionKind.FOLLOW_UP, progress.followUpsHeld(), progress.followUpsPlanned(), ""));
        }
        return bars;
    }

    private static Bar bar(SessionKind kind, long held, int of, String bound) {
        return new Bar("framsteg-" + kind.name().toLowerCase().replace('_', '-'),
                held + " av " + bound + of + " " + kind.plural(), held, of);
    }

    /** The bars' words in one line, then the kinds held without a plan, so nothing held goes unsaid. */
    private static String words(CaseView.Progress progress, List<Bar> bars) {
        List<String> parts = new ArrayList<>(bars.stream().map(Bar::words).toList());
        boolean sessionsCounted = progress.sessionsPlanned() != null || progress.maxSessions() != null;
        if (!sessionsCounted) {
            parts.add(0, count(progress.sessionsHeld(), SessionKind.SESSION));
        }
        if (progress.boostersPlanned() == null && progress.boostersHeld() > 0) {
            parts.add(count(progress.boostersHeld(), SessionKind.BOOSTER));
        }
        if (progress.followUpsPlanned() == null && progress.followUpsHeld() > 0) {
            parts.add(count(progress.followUpsHeld(), SessionKind.FOLLOW_UP));
        }
        String line = String.join(", ", parts);
        return sessionsCounted ? line : line + " (Bilaga 1 anger inget planerat antal)";
    }

    private static String count(long held, SessionKind kind) {
        return held + " " + (held == 1 ? kind.label().toLowerCase() : kind.plural());
    }

    private static SessionRow row(CaseView.SessionView session) {
        return new SessionRow(String.valueOf(session.date()), session.kind().label(),
                session.channel() == null ? "Inte angiven" : session.channel().label(),
                session.participantCount() == null ? "Inte angivet" : String.valueOf(session.participantCount()));
    }

    private static String regime(DocumentationRegime regime) {
        return switch (regime) {
            case ADVISORY -> "Rådgivande samtal, utan personuppgifter (14 kap. 4 § SoL)";
            case DEIDENTIFIED -> "Utan uppgifter som kan röja identitet (14 kap. 5 § SoL)";
            case INDIVIDUAL -> "Journal på individnivå (14 kap. 3 § SoL)";
        };
    }

    private static String ageBand(String band) {
        return band == null || "unknown".equals(band) ? "Okänd" : band + " år";
    }

    /** The word a form offers for the profile's value (the intake page's choices), so both pages say the same. */
    private static String labelOf(List<ProfileChoices.Choice> choices, String value) {
        return choices.stream().filter(choice -> choice.value().equals(value)).map(ProfileChoices.Choice::label)
                .findFirst().orElse("Okänd");
    }
}
