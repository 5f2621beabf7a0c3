package se.jamtland.eligibility.catalog.check;

import se.jamtland.eligibility.catalog.CaseLinks;
import se.jamtland.eligibility.catalog.Catalog;
import se.jamtland.eligibility.catalog.Channels;
import se.jamtland.eligibility.catalog.Condition;
import se.jamtland.eligibility.catalog.Documentation;
import se.jamtland.eligibility.catalog.GuardianConsentRule;
import se.jamtland.eligibility.catalog.Insats;
import se.jamtland.eligibility.catalog.InterviewWindow;
import se.jamtland.eligibility.catalog.SessionPlan;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a draft Bilaga changes against the one in force, in Swedish lines a nämnd can read: the consent age,
 * insatser added and removed, and per insats its villkor, documentation, channels, plan, links, krissamtal window
 * and texts. Each line says the new value and, in brackets, today's.
 */
final class CatalogDiff {

    private final Catalog today;
    private final Catalog draft;

    CatalogDiff(Catalog today, Catalog draft) {
        this.today = today;
        this.draft = draft;
    }

    List<String> lines() {
        List<String> lines = new ArrayList<>();
        consent(today.guardianConsent(), draft.guardianConsent(), lines);
        for (Insats added : draft.insatser()) {
            if (today.insats(added.id()).isEmpty()) {
                lines.add("Ny insats: " + label(added) + " i " + added.unit() + "; villkor: "
                        + conditions(added.conditions()) + "; dokumentation: " + documentation(added.documentation())
                        + ".");
            }
        }
        for (Insats removed : today.insatser()) {
            if (draft.insats(removed.id()).isEmpty()) {
                lines.add("Tas bort: " + label(removed) + " erbjuds inte utan behovsprövning från "
                        + draft.validFrom() + ".");
            }
        }
        for (Insats before : today.insatser()) {
            draft.insats(before.id()).ifPresent(after -> changes(before, after, lines));
        }
        return lines;
    }

    private static void consent(GuardianConsentRule before, GuardianConsentRule after, List<String> lines) {
        if (before.requiredBelowAge() != after.requiredBelowAge()) {
            lines.add("Vårdnadshavares samtycke krävs under " + after.requiredBelowAge() + " år (i dag under "
                    + before.requiredBelowAge() + " år).");
        }
        if (before.guardianSecrecyBelowAge() != after.guardianSecrecyBelowAge()) {
            lines.add("Unga utan samtycke skyddas av sekretess mot vårdnadshavarna under "
                    + after.guardianSecrecyBelowAge() + " år (i dag under " + before.guardianSecrecyBelowAge() + " år).");
        }
        if (!before.reference().equals(after.reference()) || before.inference() != after.inference()) {
            lines.add("Samtyckesregeln bygger på: " + after.reference()
                    + (after.inference() ? " (en slutsats, inte Bilagans ord)" : "") + " (i dag: " + before.reference()
                    + (before.inference() ? ", en slutsats" : "") + ").");
        }
    }

    private static void changes(Insats before, Insats after, List<String> lines) {
        String label = label(after) + ": ";
        compare(before, after, Insats::section, section -> "avsnitt " + section, label, lines);
        compare(before, after, Insats::name, name -> "namnet \"" + name + "\"", label, lines);
        compare(before, after, insats -> conditions(insats.conditions()), villkor -> "villkor " + villkor, label, lines);
        compare(before, after, insats -> documentation(insats.documentation()), regime -> "dokumentation " + regime,
                label, lines);
        compare(before, after, insats -> channels(insats.channels()), channels -> "kanaler " + channels, label, lines);
        compare(before, after, insats -> plan(insats.sessionPlan()), plan -> "sessionsplan " + plan, label, lines);
        compare(before, after, insats -> links(insats.caseLinks()), links -> "får kopplas till " + links, label, lines);
        compare(before, after, insats -> window(insats.interviewWindow()), window -> "krissamtal " + window, label,
                lines);
        texts(before, after, Insats::targetGroup, "målgruppen", label, lines);
        texts(before, after, Insats::content, "innehållet", label, lines);
        texts(before, after, insats -> Objects.requireNonNullElse(insats.guardianConsentNote(), ""),
                "noten om samtycke", label, lines);
    }

    /** One line when a rule's description differs: the new one, then today's in brackets. */
    private static void compare(Insats before, Insats after, Function<Insats, String> rule,
                                Function<String, String> said, String label, List<String> lines) {
        String was = rule.apply(before);
        String is = rule.apply(after);
        if (!was.equals(is)) {
            lines.add(label + said.apply(is) + " (i dag " + was + ").");
        }
    }

    /** A text is shown whole only as it will be: today's is in the file in force. */
    private static void texts(Insats before, Insats after, Function<Insats, String> text, String what, String label,
                              List<String> lines) {
        if (!text.apply(before).equals(text.apply(after))) {
            String now = text.apply(after);
            lines.add(label + what + " får ny text: " + (now.isEmpty() ? "(ingen)" : "\"" + now + "\"") + ".");
        }
    }

    private static String label(Insats insats) {
        return insats.section() + " " + insats.name() + " (" + insats.id() + ")";
    }

    private static String conditions(List<Condition> conditions) {
        return conditions.isEmpty() ? "inga"
                : conditions.stream().map(condition -> "\"" + condition.description() + "\"")
                .collect(Collectors.joining(" och "));
    }

    private static String documentation(Documentation documentation) {
        return documentation.regime() + ", " + documentation.legalReference();
    }

    private static String channels(Channels channels) {
        return channels == null ? "alla"
                : channels.allowed().stream().map(Enum::name).collect(Collectors.joining(", "));
    }

    private static String plan(SessionPlan plan) {
        if (plan == null) {
            return "ingen";
        }
        StringBuilder said = new StringBuilder("\"" + plan.text() + "\"");
        count(plan.maxSessions(), "högst %d samtal", said);
        count(plan.plannedSessions(), "%d planerade", said);
        count(plan.plannedBoosterSessions(), "%d booster", said);
        count(plan.plannedFollowUpSessions(), "%d uppföljande", said);
        count(plan.phases(), "%d faser", said);
        return said.toString();
    }

    private static void count(Integer value, String format, StringBuilder said) {
        Optional.ofNullable(value).ifPresent(number -> said.append(", ").append(String.format(format, number)));
    }

    private static String links(CaseLinks links) {
        return links == null ? "inga andra ärenden" : String.join(", ", links.mayLinkTo());
    }

    private static String window(InterviewWindow window) {
        return window == null ? "utan tidsgräns mot barnförhöret"
                : "senast " + window.latestDaysAfter() + (window.latestDaysAfter() == 1 ? " dag" : " dagar")
                + " efter barnförhöret";
    }
}
