package se.jamtland.unit.identity;

import se.jamtland.events.Vocabulary;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds data that could reveal a person's identity in free text, for the insatser whose records must never hold
 * it: advisory contacts (14 kap. 4 § SoL) and records kept under särskilda skäl (14 kap. 5 § SoL). It answers
 * with the kind of data and the field, never the data, so that refusing the request cannot leak it either.
 *
 * <p>A miss can expose someone who fled violence; a false alarm costs staff a rephrasing. So every rule leans
 * towards catching too much, and stops only where ordinary social-work text (dates, times, counts, years,
 * kommun codes, section references, case codes, the catalog's and the public bodies' names) would otherwise be
 * refused. Numbers, e-mail and street addresses are read here; dates of birth by {@link BirthDateRule}; names of
 * people, places and schools by {@link NameRule}; workplaces by {@link WorkplaceRule}; described places by
 * {@link PlaceRule}. Patterns are compiled once and anchored, and words are split in one pass, so that the
 * whole runs in linear time: the guard sits on every write request.
 *
 * <p>Stateless and thread-safe.
 */
public final class IdentityGuard {

    private static final String MONTH = "(?:0[1-9]|1[0-2])";
    /** 01-31, or 61-91 for a samordningsnummer (day + 60). */
    private static final String DAY = "(?:0[1-9]|[12]\\d|3[01]|6[1-9]|[78]\\d|9[01])";

    // Each pattern searched with find() opens with a one-character lookahead such as (?=\d) before its
    // lookbehind. Java tries the pattern at every position of the text, and a lookbehind or alternation there
    // costs some 100 ns a character; the lookahead turns most positions away with one character test.

    /**
     * 12 or 10 digits with a plausible date part, any usual separator. The check digit is not verified: a
     * mistyped number still points at one person. Not inside a longer digit run (an order or account number).
     * Also "1985-01-01-1234": a birth date with the last four digits identifies just as well, unless the four
     * digits are the year of a second date ("2025-09-01-2025-12-31" is a period).
     */
    private static final Pattern PERSONAL_IDENTITY_NUMBER = Pattern.compile(
            "(?=\\d)(?<!\\d)(?:"
                    + "(?:(?:19|20)\\d{2}|\\d{2})" + MONTH + DAY + "(?: ?[-+] ?| )?\\d{4}"
                    + "|(?:19|20)?\\d{2}-" + MONTH + "-" + DAY + "[-+]\\d{4}(?!-\\d)"
                    + ")(?!\\d)");

    /** Digit groups in phone numbers: one space, a dash with or without spaces, or a parenthesis. */
    private static final String PHONE_SEPARATOR = "(?:\\) ?| ?- ?| ?\\( ?| )?";

    /**
     * A Swedish number: trunk 0 (or +46 / 0046, optionally "(0)") then a non-zero area code digit and 6-9 more
     * digits. 7-10 digits after the 0 covers "08-12 34 56" to mobile numbers. Or any other country's number,
     * "+CC" or "00CC" then 8-14 digits in all ("+ 3" is arithmetic): relatives abroad identify a person as well.
     * Not when preceded by "digit-": that is the month or day of an ISO date, and "2025-09-15 2025-09-22" would
     * otherwise read as "09-15 2025 09".
     */
    private static final Pattern PHONE_NUMBER = Pattern.compile(
            "(?=[+0(])(?<![\\d+]|\\d-)(?:"
                    + "(?:(?:\\+|00) ?46 ?-? ?(?:\\(0\\) ?-? ?)?|\\(?0)[1-9](?:" + PHONE_SEPARATOR + "\\d){6,9}"
                    + "|(?:\\+|00)[1-9](?:" + PHONE_SEPARATOR + "\\d){7,13}"
                    + ")(?!\\d)");

    /** "0830-0930": two clock times, as some schedules write them; a phone number is not grouped 4-4. */
    private static final Pattern CLOCK_TIME_RANGE = Pattern.compile(
            "(?:[01]\\d|2[0-3])[0-5]\\d ?- ?(?:[01]\\d|2[0-3])[0-5]\\d");

    /**
     * "@" (or the "(at)" / "[at]" people write to dodge spam filters) with something before it and a
     * domain.tld after it; Swedish letters allowed. Anchored on the "@" so that only an "@" starts work, and only
     * character classes repeat: Java recurses once per repetition of a group, and a long "a.a.a..." would
     * overflow the stack.
     */
    private static final Pattern EMAIL_ADDRESS = Pattern.compile(
            "(?=[@(\\[])(?<=[\\p{L}\\p{N}._%+'-] ?)(?:@|\\(at\\)|\\[at\\]) ?"
                    + "[\\p{L}\\p{N}-][\\p{L}\\p{N}.-]*\\.\\p{L}{2,}",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final List<String> STREET_SUFFIXES = List.of(
            "gatan", "gata", "vägen", "väg", "gränden", "gränd", "torget", "torg", "stigen", "stig", "allén", "allé",
            "backen", "backe", "plan", "leden", "led", "gången", "platsen", "parken", "kajen", "esplanaden");

    /**
     * A house number 1-999 right after a word (four digits are a year, not a house). Not followed by ":30",
     * ".5" or ",5": "torget 14:30" is a time. The word before it is read in {@link #isStreetAddress}, where
     * word lists read better than in a regex; anchoring on the number keeps the scan to the few numbers in a text.
     */
    private static final Pattern HOUSE_NUMBER = Pattern.compile(
            "(?=[1-9])(?<=[\\p{L}\\s-])[1-9]\\d{0,2}(?!\\d|[.,:]\\d)");

    /** "Box 123" and "lgh 1102" are only ever written as part of an address. "Xbox 360" is not. */
    private static final Pattern POSTBOX_OR_APARTMENT = Pattern.compile(
            "(?=[bl])(?<![\\p{L}\\p{N}])"
                    + "(?:box\\s*\\d{1,5}|(?:lgh|lägenhetsnummer|lägenhetsnr)\\.?\\s*(?:nr\\.?\\s*)?\\d{4})(?!\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * A unit after the number means a count, not a house number: "på vägen 2 gånger", "Lekparken 3 dagar".
     * "år" followed by a year is "in the year", so "Storgatan 12 år 2020" stays an address.
     */
    private static final Pattern COUNT_AFTER_NUMBER = Pattern.compile(
            "\\s*(?:-\\s*\\d+\\s*)?(?:%|(?:gånger|gång|ggr|samtal|sessioner|session|träffar|träff|besök|minuter|minut"
                    + "|min|timmar|timme|tim|sekunder|sek|år(?!\\s*\\d{4})|åringar|åring|dagar|dag|dygn|veckor|veckan"
                    + "|vecka|månader|månad|mån|stycken|st|kronor|kr|kilometer|km|mil|meter|procent|personer|person"
                    + "|pers|barn|vuxna|deltagare|klienter|ärenden|poäng|kap|av|januari|februari|mars|april|maj|juni"
                    + "|juli|augusti|september|oktober|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|okt"
                    + "|nov|dec)(?![\\p{L}]))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * Suffixes that are far more often ordinary nouns ("vårdplan", "omgången", "arbetsplatsen", "avled") than
     * streets. A compound with one counts only when written as a proper name (capitalised, "Stureplan 4"); the
     * bare word ("plan 3", a floor) never does.
     */
    private static final Set<String> WEAK_SUFFIXES = Set.of("plan", "led", "leden", "gången", "platsen", "parken");

    /** "Stig" is a first name, never a whole street name. */
    private static final Set<String> NEVER_BARE = Set.of("plan", "led", "leden", "gången", "platsen", "parken", "stig");

    /**
     * Ordinary words that end in a street suffix and may start a sentence or a heading, where capitalisation
     * says nothing. Road numbers ("riksväg 87") name a road, not where someone lives.
     */
    private static final Set<String> NOT_STREETS = Set.of(
            // plans in social work: the numbers after them are versions, steps or floors
            "vårdplan", "handlingsplan", "genomförandeplan", "behandlingsplan", "säkerhetsplan", "skyddsplan",
            "krisplan", "åtgärdsplan", "stödplan", "arbetsplan", "insatsplan", "utredningsplan", "samordningsplan",
            "verksamhetsplan", "aktivitetsplan", "nödplan", "flyktplan", "reseplan", "studieplan", "kostplan",
            "veckoplan", "dagsplan", "träningsplan", "läkemedelsplan", "uppföljningsplan", "lektionsplan",
            "undervisningsplan", "omsorgsplan", "umgängesplan", "föräldraplan", "boendeplan", "tidsplan",
            "projektplan", "kommunikationsplan", "beredskapsplan", "hemmaplan", "bortaplan", "våningsplan",
            "bottenplan", "entréplan", "källarplan", "markplan", "fotbollsplan", "detaljplan", "översiktsplan",
            // roads, routes and figurative ways
            "riksväg", "riksvägen", "länsväg", "länsvägen", "europaväg", "europavägen", "motorväg", "motorvägen",
            "landsväg", "landsvägen", "genväg", "genvägen", "omväg", "omvägen", "utväg", "utvägen", "halvväg",
            "halvvägen", "farled", "farleden", "trafikled", "trafikleden", "vandringsled", "vandringsleden",
            "skoterled", "skoterleden", "cykelled", "cykelleden", "återvändsgränd", "återvändsgränden",
            // places and passages that are not addresses
            "ingången", "utgången", "uppgången", "nedgången", "övergången", "genomgången", "omgången", "tillgången",
            "avgången", "arbetsplatsen", "mötesplatsen", "parkeringsplatsen", "brottsplatsen", "praktikplatsen",
            "olycksplatsen", "lekparken", "nöjesparken", "nationalparken", "uppförsbacke", "uppförsbacken",
            "nedförsbacke", "nedförsbacken", "slalombacke", "slalombacken", "pulkabacke", "pulkabacken",
            "skidbacke", "skidbacken",
            // verbs and names that happen to end like a street
            "avled", "vägled", "föranled", "agata");

    /**
     * Words before a bare "vägen", "torget", "gatan" that make it an ordinary noun phrase ("på vägen 2 gånger",
     * "vid torget"), unlike a name part ("Gamla vägen 5", "Drottning Kristinas väg 12").
     */
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "på", "i", "vid", "till", "från", "längs", "utmed", "över", "mot", "efter", "genom", "förbi", "om", "av",
            "med", "under", "bakom", "framför", "bredvid", "nära", "hela", "halva", "samma", "den", "det", "de",
            "denna", "detta", "dessa", "här", "där", "en", "ett", "rätt", "fel", "sin", "sitt", "sina", "hans",
            "hennes", "deras", "min", "mitt", "mina", "din", "ditt", "vår", "vårt", "er", "ert", "första", "andra",
            "tredje", "sista", "nästa", "förra", "ena", "varje", "vilken", "vilket", "och", "eller", "att", "som");

    private final Set<String> knownTerms;
    private final NameRule names;
    private final BirthDateRule birthDates;
    private final WorkplaceRule workplaces = new WorkplaceRule();
    private final PlaceRule places = new PlaceRule();

    /** A guard that knows the kommun and unit names and the common terms, but not the catalog's words. */
    public IdentityGuard() {
        this(List.of(), Clock.systemDefaultZone());
    }

    /**
     * @param catalogTexts the catalog's texts (insats names, target groups, contents): their capitalised words
     *                     ("Cannabisprogrammet", "Centrum", "Origomodellen") are terms, not names
     * @param clock        today, for telling a date of birth from a date of a session
     */
    public IdentityGuard(Collection<String> catalogTexts, Clock clock) {
        Set<String> known = new HashSet<>(SwedishWords.COMMON_PROPER_NOUNS);
        List<String> texts = new ArrayList<>(catalogTexts);
        texts.addAll(Vocabulary.KOMMUN_NAMES.values());
        texts.addAll(Vocabulary.UNIT_NAMES.values());
        for (String text : texts) {
            if (text != null) {
                Token.split(text).stream().filter(Token::startsUpperCase).map(Token::lower).forEach(known::add);
            }
        }
        this.knownTerms = Set.copyOf(known);
        this.names = new NameRule(knownTerms);
        this.birthDates = new BirthDateRule(Objects.requireNonNull(clock, "clock"));
    }

    /** Every kind of identifying data found in one field's text, in {@link IdentityKind} order; empty when clean. */
    public List<IdentityFinding> inspect(String field, String text) {
        return mark(field, text).stream().map(MarkedFinding::finding).toList();
    }

    /** Inspects several named fields in the map's iteration order; null values are skipped. */
    public List<IdentityFinding> inspect(Map<String, String> fields) {
        return mark(fields).stream().map(MarkedFinding::finding).toList();
    }

    /** As {@link #inspect(Map)}, with where in each field's text each kind was found. */
    public List<MarkedFinding> mark(Map<String, String> fields) {
        List<MarkedFinding> findings = new ArrayList<>();
        fields.forEach((field, text) -> findings.addAll(mark(field, text)));
        return List.copyOf(findings);
    }

    /** As {@link #inspect(String, String)}, with the ranges of the text that carry each kind. */
    public List<MarkedFinding> mark(String field, String text) {
        Objects.requireNonNull(field, "field");
        if (text == null || text.isBlank()) {
            return List.of();
        }
        NormalisedText normalised = NormalisedText.of(text);
        String plain = normalised.text();
        Marks marks = new Marks();
        Matcher identityNumber = PERSONAL_IDENTITY_NUMBER.matcher(plain);
        while (identityNumber.find()) {
            marks.add(IdentityKind.PERSONAL_IDENTITY_NUMBER, identityNumber.start(), identityNumber.end());
        }
        findPhoneNumbers(plain, marks);
        findEmailAddresses(plain, marks);
        findStreetAddresses(plain, marks);
        birthDates.find(plain, marks.ranges(IdentityKind.PERSONAL_IDENTITY_NUMBER), marks);
        List<Token> tokens = Token.split(plain);
        names.find(plain, tokens, marks.ranges(IdentityKind.STREET_ADDRESS), marks);
        workplaces.find(tokens, marks);
        places.find(plain, marks);
        return marks.findings(field, normalised);
    }

    /** The terms this guard does not take for names, lower case: for tests and for reading a refusal. */
    Set<String> knownTerms() {
        return knownTerms;
    }

    private static void findPhoneNumbers(String text, Marks marks) {
        Matcher phone = PHONE_NUMBER.matcher(text);
        Matcher clock = CLOCK_TIME_RANGE.matcher(text);
        while (phone.find()) {
            if (!clock.region(phone.start(), phone.end()).matches()) {
                marks.add(IdentityKind.PHONE_NUMBER, phone.start(), phone.end());
            }
        }
    }

    /** The match starts at the "@"; the range reaches back over the local part, at most 64 characters (RFC 5321). */
    private static void findEmailAddresses(String text, Marks marks) {
        Matcher email = EMAIL_ADDRESS.matcher(text);
        while (email.find()) {
            int start = email.start();
            while (start > 0 && start > email.start() - 64 && isLocalPartChar(text.charAt(start - 1))) {
                start--;
            }
            if (start == email.start() && start > 1 && text.charAt(start - 1) == ' ') {
                start--;
                while (start > 0 && start > email.start() - 64 && isLocalPartChar(text.charAt(start - 1))) {
                    start--;
                }
            }
            marks.add(IdentityKind.EMAIL_ADDRESS, start, email.end());
        }
    }

    private static boolean isLocalPartChar(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '\'' || c == '-';
    }

    /** The range runs from the street's first word ("Drottning Kristinas väg 12") to the house number's letter. */
    private static void findStreetAddresses(String text, Marks marks) {
        Matcher number = HOUSE_NUMBER.matcher(text);
        while (number.find()) {
            int street = streetStart(text, number.start(), number.end());
            if (street >= 0) {
                int end = number.end();
                if (end < text.length() && Character.isLetter(text.charAt(end))
                        && (end + 1 == text.length() || !Character.isLetter(text.charAt(end + 1)))) {
                    end++;
                }
                marks.add(IdentityKind.STREET_ADDRESS, namePartsBefore(text, street), end);
            }
        }
        Matcher postbox = POSTBOX_OR_APARTMENT.matcher(text);
        while (postbox.find()) {
            marks.add(IdentityKind.STREET_ADDRESS, postbox.start(), postbox.end());
        }
    }

    /** Up to three capitalised words before the street word belong to its name: "Drottning Kristinas väg". */
    private static int namePartsBefore(String text, int start) {
        int result = start;
        for (int parts = 0; parts < 3; parts++) {
            int end = result - 1;
            if (end < 1 || text.charAt(end) != ' ') {
                return result;
            }
            int wordStart = end;
            while (wordStart > 0 && wordStart > end - 40 && Character.isLetter(text.charAt(wordStart - 1))) {
                wordStart--;
            }
            if (wordStart == end || !Character.isUpperCase(text.charAt(wordStart))) {
                return result;
            }
            result = wordStart;
        }
        return result;
    }

    /** Where the street word before the house number starts, or -1 if the number is no house number. */
    private static int streetStart(String text, int numberStart, int numberEnd) {
        int wordEnd = numberStart;
        while (wordEnd > 0 && Character.isWhitespace(text.charAt(wordEnd - 1))) {
            wordEnd--;
        }
        int wordStart = wordEnd;
        while (wordStart > 0 && isWordChar(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        if (wordStart == wordEnd) {
            return -1;
        }
        String written = text.substring(wordStart, wordEnd);
        String street = written.toLowerCase(Locale.ROOT);
        String suffix = suffixOf(street);
        if (suffix.isEmpty() || NOT_STREETS.contains(street)) {
            return -1;
        }
        boolean bare = street.equals(suffix);
        boolean weak = WEAK_SUFFIXES.contains(suffix);
        if (bare && NEVER_BARE.contains(suffix)) {
            return -1;
        }
        if (weak && !Character.isUpperCase(written.charAt(0))) {
            return -1;
        }
        if (bare) {
            String previous = previousWord(text, wordStart);
            if (previous == null || FUNCTION_WORDS.contains(previous)) {
                return -1;
            }
        }
        // A clear street name ("Storgatan") is an address whatever follows the number; only the ambiguous
        // words get the benefit of a following unit.
        if (bare || weak) {
            return COUNT_AFTER_NUMBER.matcher(text).region(numberEnd, text.length()).lookingAt() ? -1 : wordStart;
        }
        return wordStart;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetter(c) || c == '-';
    }

    private static String suffixOf(String street) {
        String longest = "";
        for (String suffix : STREET_SUFFIXES) {
            if (street.endsWith(suffix) && suffix.length() > longest.length()) {
                longest = suffix;
            }
        }
        return longest;
    }

    /** The word before {@code start}, separated from it by whitespace only; null if there is none. */
    private static String previousWord(String text, int start) {
        int i = start - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        if (i == start - 1) {
            return null;
        }
        int end = i + 1;
        while (i >= 0 && Character.isLetter(text.charAt(i))) {
            i--;
        }
        return end > i + 1 ? text.substring(i + 1, end).toLowerCase(Locale.ROOT) : null;
    }
}
