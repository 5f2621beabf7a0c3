package se.jamtland.statistics.dashboard;

import se.jamtland.events.ActivityKind;
import se.jamtland.events.Channel;
import se.jamtland.events.Vocabulary;
import se.jamtland.statistics.report.Dimension;

import java.util.Map;

/**
 * What the county statistician reads for each code the aggregates hold (issue 14: Swedish headers and values, plain
 * language). Units and kommuner by activity-events' names; insatser by the catalog's (CatalogNames), which
 * statistics-service does not hold itself; the rest are the Bilaga's and domain.md's words for the vocabulary.
 */
public final class DashboardWords {

    private static final Map<String, String> KINDS = Map.of(
            ActivityKind.ADVISORY_CONTACT.name(), "Rådgivande kontakt",
            ActivityKind.CASE_STARTED.name(), "Påbörjat ärende",
            ActivityKind.SESSION_HELD.name(), "Samtal eller session",
            ActivityKind.GROUP_SESSION_HELD.name(), "Gruppträff",
            ActivityKind.CASE_CLOSED.name(), "Avslutat ärende",
            ActivityKind.REFERRED_TO_NEEDS_ASSESSMENT.name(), "Hänvisad till behovsprövning");
    private static final Map<String, String> GENDERS = Map.of(
            "female", "Kvinna/flicka", "male", "Man/pojke", "other", "Annat", "unknown", "Okänt kön");
    private static final Map<String, String> CHANNELS = Map.of(
            Channel.PHONE.name(), "Telefon", Channel.CHAT.name(), "Chatt", Channel.VISIT.name(), "Besök",
            Channel.VIDEO.name(), "Video", Channel.DIGITAL.name(), "Digitalt", "none", "Ingen kanal");

    private DashboardWords() {
    }

    /** The Swedish text for a value of a dimension; an unknown code shows as it is (never dropped). */
    public static String label(Dimension dimension, String code, Map<String, String> insatsNames) {
        String label = switch (dimension) {
            case MONTH -> code;
            case UNIT -> Vocabulary.UNIT_NAMES.get(code);
            case INSATS -> insatsNames.get(code);
            case KIND -> KINDS.get(code);
            case KOMMUN -> kommun(code);
            case AGE_BAND -> "unknown".equals(code) ? "Okänd ålder" : code.replace("-", "–") + " år";
            case GENDER -> GENDERS.get(code);
            case CHANNEL -> CHANNELS.get(code);
        };
        return label == null ? code : label;
    }

    public static String kommun(String code) {
        if ("other".equals(code)) {
            return "Annan kommun";
        }
        if ("unknown".equals(code)) {
            return "Okänd kommun";
        }
        return Vocabulary.KOMMUN_NAMES.getOrDefault(code, code);
    }
}
