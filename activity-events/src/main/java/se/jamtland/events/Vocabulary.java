package se.jamtland.events;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The de-identified categories of domain.md, "Statistics vocabulary": the one source for units, services and
 * statistics alike. Nothing outside them is stored or sent. Each category is written once, as the pattern that
 * request validation needs as a compile-time constant; the sets are read from it.
 */
public final class Vocabulary {

    public static final String GENDER_PATTERN = "female|male|other|unknown";
    /** SCB codes of Jämtlands län's eight kommuner, plus outside the county and not known. */
    public static final String KOMMUN_PATTERN = "2303|2305|2309|2313|2321|2326|2361|2380|other|unknown";
    public static final String AGE_BAND_PATTERN = "0-12|13-14|15-17|18-21|22-29|30-49|50-64|65\\+|unknown";

    /** In order, youngest first. */
    public static final List<String> AGE_BANDS = List.of(AGE_BAND_PATTERN.replace("\\", "").split("\\|"));
    public static final Set<String> GENDERS = Set.of(GENDER_PATTERN.split("\\|"));
    public static final Set<String> KOMMUNER = Set.of(KOMMUN_PATTERN.split("\\|"));

    /** The same kommuner by name (domain.md), for text staff read and for telling a kommun from a village. */
    public static final Map<String, String> KOMMUN_NAMES = Map.of(
            "2303", "Ragunda", "2305", "Bräcke", "2309", "Krokom", "2313", "Strömsund", "2321", "Åre",
            "2326", "Berg", "2361", "Härjedalen", "2380", "Östersund");
    /** The four länsverksamheter by their Swedish names (domain.md), keyed by the unit ids events carry. */
    public static final Map<String, String> UNIT_NAMES = Arrays.stream(Unit.values())
            .collect(Collectors.toUnmodifiableMap(Unit::id, Unit::swedishName));
    public static final Set<String> UNITS = Set.copyOf(Unit.ids());
    public static final Set<String> REGIMES = Arrays.stream(DocumentationRegime.values()).map(Enum::name)
            .collect(Collectors.toUnmodifiableSet());
    public static final Set<String> CHANNELS = Arrays.stream(Channel.values()).map(Enum::name)
            .collect(Collectors.toUnmodifiableSet());
    public static final Set<String> CLOSURE_REASONS = Arrays.stream(ClosureReason.values()).map(Enum::name)
            .collect(Collectors.toUnmodifiableSet());
    /** A catalog id (domain.md, "Catalog identifiers"): lower-case words joined by hyphens, at most 64 characters. */
    public static final String INSATS_ID_PATTERN = "(?=.{1,64}$)[a-z0-9]+(-[a-z0-9]+)*";
    public static final String INSATS_ID_MESSAGE = "Ett insats-id ur katalogen, t.ex. cmv-stodsamtal-vald.";
    private Vocabulary() {
    }

    /** A category not given is "unknown", which every category has. */
    public static String orUnknown(String value) {
        return value == null ? "unknown" : value;
    }

    /** The band an exact age falls in; the exact age itself is never stored (14 kap. 5 § SoL). */
    public static String ageBand(Integer age) {
        if (age == null) {
            return "unknown";
        }
        if (age <= 12) {
            return "0-12";
        }
        if (age <= 14) {
            return "13-14";
        }
        if (age <= 17) {
            return "15-17";
        }
        if (age <= 21) {
            return "18-21";
        }
        if (age <= 29) {
            return "22-29";
        }
        if (age <= 49) {
            return "30-49";
        }
        return age <= 64 ? "50-64" : "65+";
    }
}
