package se.jamtland.unit.identity;

import java.time.Clock;
import java.time.Year;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Exact dates of birth (domain.md, 14 kap. 5 § SoL), in the forms staff write them: "1985-07-09", "850709",
 * "19850709", "9/7-85", "12/3 1992", "13.05.1981", "9 juli 1985", "den 9:e juli 1985", "den tjugonde mars".
 *
 * Also a day named by a holiday with a fixed date ("född på julafton 1990").
 *
 * <p>Notes are full of dates of sessions, so a date alone is not a birth date. It is one after a word of birth
 * in the same sentence ("född", "f.", "föddes", "födelsedatum", "fyller"), then even without a year ("fyller 30
 * den 11 november") or without a day ("född i juni 1984"). Without such a word, a whole date lying
 * {@value #YEARS_BACK} years or more back is taken for one too: sessions are not that old, and the exact date of
 * another event in a person's life identifies just as well.
 */
final class BirthDateRule {

    static final int YEARS_BACK = 10;

    /** A month by name, or abbreviated with or without its full stop ("9 feb. 1985"). */
    private static final String MONTH_NAMES = "(?:(?:januari|februari|mars|april|maj|juni|juli|augusti|september"
            + "|oktober|november|december)(?![\\p{L}])|(?:sept|jan|feb|mar|apr|jun|jul|aug|sep|okt|nov|dec)"
            + "(?![\\p{L}])\\.?)";
    private static final String ORDINALS = "trettioförsta|trettionde|tjugoförsta|tjugoandra|tjugotredje"
            + "|tjugofjärde|tjugofemte|tjugosjätte|tjugosjunde|tjugoåttonde|tjugonionde|tjugonde|nittonde|artonde"
            + "|sjuttonde|sextonde|femtonde|fjortonde|trettonde|tolfte|elfte|tionde|nionde|åttonde|sjunde|sjätte"
            + "|femte|fjärde|tredje|andra|första";
    /** Days with a fixed date that people name their birthday by: "född på julafton". */
    private static final String NAMED_DAYS = "julafton|juldagen|annandag jul|nyårsafton|nyårsdagen|trettondagen"
            + "|valborgsmässoafton|valborg|nationaldagen|alla hjärtans dag";
    private static final String MONTH = "(?:0?[1-9]|1[0-2])";
    private static final String DAY = "(?:0?[1-9]|[12]\\d|3[01])";

    /**
     * Every written form, one alternative each; groups y/m/d say which parts a match has. Each alternative
     * opens with a digit or a letter test before its lookbehind, so most positions are turned away at once.
     */
    private static final Pattern DATE = Pattern.compile(
            // 1985-07-09, 1985.07.09, 1990 09 15
            "(?=\\d)(?<!\\d)(?<isoY>(?:19|20)\\d{2})([-./ ])(?<isoM>" + MONTH + ")\\2(?<isoD>" + DAY + ")(?!\\d)"
                    // 850709, 19850709
                    + "|(?=\\d)(?<![\\d-])(?<cY>(?:19|20)?\\d{2})(?<cM>0[1-9]|1[0-2])(?<cD>0[1-9]|[12]\\d|3[01])"
                    + "(?!\\d|[-+ ]?\\d{4}(?!\\d))"
                    // 88-04-21
                    + "|(?=\\d)(?<![\\d-])(?<sY>\\d{2})-(?<sM>0[1-9]|1[0-2])-(?<sD>0[1-9]|[12]\\d|3[01])(?![\\d-])"
                    // 9/7-85, 12/3 1992, 13.05.1981, 1/11 -88, 15/9
                    + "|(?=\\d)(?<![\\d./])(?<nD>" + DAY + ")[./](?<nM>" + MONTH + ")"
                    + "(?:(?:/| ?- ?|\\.)(?<nY>(?:19|20)\\d{2}|\\d{2})| (?<nY4>(?:19|20)\\d{2}))?(?![\\d.,:]\\d|\\d)"
                    // 9 juli 1985, den 9:e juli, tjugonde mars 1986, 9 juli -85
                    + "|(?=[\\d\\p{L}])(?<![\\p{L}\\d])(?:(?<wD>" + DAY + ")(?::[ae]|e)?|(?<wO>" + ORDINALS + "))"
                    + " (?<wM>" + MONTH_NAMES + ")(?: (?<wY>(?:19|20)\\d{2})(?!\\d)| ?[-'](?<wYY>\\d{2})(?!\\d))?"
                    // julafton 1990: days that are a date by name
                    + "|(?=\\p{L})(?<![\\p{L}])(?<hD>" + NAMED_DAYS + ")(?![\\p{L}])(?: (?<hY>(?:19|20)\\d{2})(?!\\d))?"
                    // juni 1984
                    + "|(?=\\p{L})(?<![\\p{L}])(?<mM>" + MONTH_NAMES + ") (?<mY>(?:19|20)\\d{2})(?!\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Words of birth; "f." only as the abbreviation, not as the end of a word. */
    private static final Pattern BIRTH_WORD = Pattern.compile(
            "(?<![\\p{L}])(?:född\\p{L}*|fött|födelse\\p{L}*|f\\.|fyller|fyllde|fyllt|fyllda)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** How far before a date its word of birth may stand: "född den tjugonde", "fyller 30 den 11 november". */
    private static final int CONTEXT = 40;

    private final Clock clock;

    BirthDateRule(Clock clock) {
        this.clock = clock;
    }

    void find(String text, List<int[]> identityNumbers, Marks marks) {
        int thisYear = Year.now(clock).getValue();
        Matcher date = DATE.matcher(text);
        Matcher birthWord = BIRTH_WORD.matcher(text);
        int number = 0;
        while (date.find()) {
            while (number < identityNumbers.size() && identityNumbers.get(number)[1] <= date.start()) {
                number++;
            }
            if (number < identityNumbers.size() && identityNumbers.get(number)[0] < date.end()) {
                continue;
            }
            Integer year = year(date, thisYear);
            boolean whole = year != null && hasDay(date);
            if (whole && year <= thisYear - YEARS_BACK || afterBirthWord(text, birthWord, date.start())) {
                marks.add(IdentityKind.BIRTH_DATE, date.start(), date.end());
            }
        }
    }

    private static boolean hasDay(Matcher date) {
        return date.group("isoD") != null || date.group("cD") != null || date.group("sD") != null
                || date.group("nD") != null || date.group("wD") != null || date.group("wO") != null
                || date.group("hD") != null;
    }

    /** The four-digit year of the date, a two-digit one read as the most recent such year; null if none. */
    private static Integer year(Matcher date, int thisYear) {
        for (String group : new String[] {"isoY", "cY", "sY", "nY", "nY4", "wY", "wYY", "hY", "mY"}) {
            String written = date.group(group);
            if (written != null) {
                int value = Integer.parseInt(written);
                if (written.length() == 2) {
                    value += thisYear / 100 * 100;
                    if (value > thisYear) {
                        value -= 100;
                    }
                }
                return value;
            }
        }
        return null;
    }

    /** A word of birth shortly before the date, with no sentence ending between them. */
    private static boolean afterBirthWord(String text, Matcher birthWord, int dateStart) {
        int from = Math.max(0, dateStart - CONTEXT);
        birthWord.region(from, dateStart);
        int wordEnd = -1;
        while (birthWord.find()) {
            wordEnd = birthWord.end();
        }
        if (wordEnd < 0) {
            return false;
        }
        for (int i = wordEnd; i < dateStart; i++) {
            char c = text.charAt(i);
            if (c == '!' || c == '?' || c == '\n'
                    || c == '.' && i + 2 < text.length() && text.charAt(i + 1) == ' '
                    && Character.isUpperCase(text.charAt(i + 2))) {
                return false;
            }
        }
        return true;
    }
}
