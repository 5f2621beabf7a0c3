package se.jamtland.unit.vocabulary;

import java.util.List;
import java.util.Set;

/** The de-identified categories of domain.md, "Statistics vocabulary". Nothing outside them is stored. */
public final class Vocabulary {

    public static final List<String> AGE_BANDS =
            List.of("0-12", "13-14", "15-17", "18-21", "22-29", "30-49", "50-64", "65+", "unknown");
    public static final Set<String> GENDERS = Set.of("female", "male", "other", "unknown");
    /** SCB codes of Jämtlands län's eight kommuner, plus outside the county and not known. */
    public static final Set<String> KOMMUNER =
            Set.of("2303", "2305", "2309", "2313", "2321", "2326", "2361", "2380", "other", "unknown");

    public static final String GENDER_PATTERN = "female|male|other|unknown";
    public static final String KOMMUN_PATTERN = "2303|2305|2309|2313|2321|2326|2361|2380|other|unknown";
    /** A catalog id (domain.md, "Catalog identifiers"): lower-case words joined by hyphens, at most 64 characters. */
    public static final String INSATS_ID_PATTERN = "(?=.{1,64}$)[a-z0-9]+(-[a-z0-9]+)*";
    public static final String INSATS_ID_MESSAGE = "Ett insats-id ur katalogen, t.ex. cmv-stodsamtal-vald.";
    public static final String AGE_BAND_PATTERN = "0-12|13-14|15-17|18-21|22-29|30-49|50-64|65\\+|unknown";

    private Vocabulary() {
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
