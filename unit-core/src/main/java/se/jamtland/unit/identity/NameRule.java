package se.jamtland.unit.identity;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names of people, places and schools, read from Swedish spelling: only proper nouns are capitalised, so a
 * capitalised word that opens no sentence and is no known term (an insats, a unit, a kommun, a public body) is a
 * name until shown otherwise (14 kap. 5 § SoL: nothing that can reveal identity). Where spelling says nothing,
 * context does: the word after "heter" or "sonen", a common first name or an -sson surname opening a sentence,
 * a capitalised word before a capitalised surname ("Jolin Svensson"), and initials ("A.S.").
 *
 * <p>Which kind a name is decides only the suggestion staff get: "bor i Hallen" is a place, "går på Parkskolan"
 * a school, anything else a person.
 */
final class NameRule {

    private static final List<String> SCHOOL_ENDINGS = List.of("skolan", "skola", "gymnasiet", "gymnasium");

    private static final Pattern INITIALS = Pattern.compile("(?=\\p{Lu})(?<![\\p{L}.])\\p{Lu}\\. ?\\p{Lu}\\.(?![\\p{L}])");

    private final Set<String> knownTerms;

    NameRule(Set<String> knownTerms) {
        this.knownTerms = knownTerms;
    }

    void find(String text, List<Token> tokens, List<int[]> streetAddresses, Marks marks) {
        findInitials(text, marks);
        int street = 0;
        int runStart = -1;
        int runEnd = -1;
        IdentityKind runKind = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            while (street < streetAddresses.size() && streetAddresses.get(street)[1] <= token.start()) {
                street++;
            }
            boolean inAddress = street < streetAddresses.size() && streetAddresses.get(street)[0] < token.end();
            boolean adjacent = runKind != null && token.spaceBefore() && i > 0 && tokens.get(i - 1).end() == runEnd
                    && !token.opensSentence();
            if (adjacent && SwedishWords.SCHOOL_WORDS.contains(token.lower())) {
                // "Körfältets skola", "Frösö skola": the name and the word for school are one school.
                runEnd = token.end();
                runKind = IdentityKind.SCHOOL;
                continue;
            }
            if (!inAddress && isName(text, tokens, i)) {
                if (adjacent) {
                    runEnd = token.end();
                    continue;
                }
                if (runKind != null) {
                    marks.add(runKind, runStart, runEnd);
                }
                runStart = startWithCapitalisedWordBefore(tokens, i);
                runEnd = token.end();
                runKind = kindOf(tokens, i);
                continue;
            }
            if (runKind != null) {
                marks.add(runKind, runStart, runEnd);
                runKind = null;
            }
            if (isClassCode(tokens, i)) {
                marks.add(IdentityKind.SCHOOL, token.start(), token.end());
            }
        }
        if (runKind != null) {
            marks.add(runKind, runStart, runEnd);
        }
    }

    /** "A.S.", "A. S.": initials stand for a name as much as the name does. */
    private static void findInitials(String text, Marks marks) {
        Matcher initials = INITIALS.matcher(text);
        while (initials.find()) {
            marks.add(IdentityKind.PERSONAL_NAME, initials.start(), initials.end());
        }
    }

    private boolean isName(String text, List<Token> tokens, int i) {
        Token token = tokens.get(i);
        if (token.hasDigit() || isPartOfAddressOrDomain(text, tokens, i)) {
            return false;
        }
        Token before = wordBeforeName(tokens, i);
        if (before != null && !SwedishWords.NAMING_FILLERS.contains(token.lower())) {
            if (token.isCapitalised() || SwedishWords.FIRST_NAMES.contains(token.lower())) {
                return true;
            }
            if (SwedishWords.NAMED.contains(before.lower())) {
                return true;
            }
        }
        if (!token.isCapitalised() || isKnown(token)) {
            return false;
        }
        if (!token.opensSentence()) {
            return true;
        }
        // "Svensson ringde": a Swedish surname ending is no ordinary word, wherever it stands.
        return SwedishWords.FIRST_NAMES.contains(token.lower()) || token.lower().endsWith("sson");
    }

    /** The relation or naming word this word follows ("sonen Kalle", "kallas för Mimmi"), or null. */
    private static Token wordBeforeName(List<Token> tokens, int i) {
        Token token = tokens.get(i);
        if (i == 0 || !token.spaceBefore() || token.opensSentence()
                || SwedishWords.NOT_NAMES.contains(token.lower())) {
            return null;
        }
        Token before = tokens.get(i - 1);
        if (SwedishWords.NAMING_FILLERS.contains(before.lower()) && i > 1 && before.spaceBefore()
                && SwedishWords.NAMING.contains(tokens.get(i - 2).lower())) {
            return tokens.get(i - 2);
        }
        if (SwedishWords.NAMING.contains(before.lower()) || SwedishWords.RELATIONS.contains(before.lower())) {
            return before;
        }
        return null;
    }

    /**
     * "Jolin Svensson": the first name opens the sentence, but the surname after it shows it is a name. Not
     * before a first name: in "Enligt Sofia" the word before is an ordinary one.
     */
    private int startWithCapitalisedWordBefore(List<Token> tokens, int i) {
        Token token = tokens.get(i);
        if (i > 0 && token.spaceBefore() && !SwedishWords.FIRST_NAMES.contains(token.lower())) {
            Token before = tokens.get(i - 1);
            if (before.opensSentence() && before.isCapitalised() && !isKnown(before)
                    && !SwedishWords.RELATIONS.contains(before.lower())) {
                return before.start();
            }
        }
        return token.start();
    }

    private IdentityKind kindOf(List<Token> tokens, int i) {
        Token token = tokens.get(i);
        for (String ending : SCHOOL_ENDINGS) {
            if (token.lower().endsWith(ending)) {
                return IdentityKind.SCHOOL;
            }
        }
        if (i > 0 && token.spaceBefore()) {
            String before = tokens.get(i - 1).lower();
            if (SwedishWords.SCHOOL_WORDS.contains(before)
                    || (before.equals("på") || before.equals("i")) && i > 1 && isGoingToSchool(tokens.get(i - 2))) {
                return IdentityKind.SCHOOL;
            }
            if (SwedishWords.PLACE_PREPOSITIONS.contains(before) && !SwedishWords.FIRST_NAMES.contains(token.lower())) {
                return IdentityKind.PLACE;
            }
        }
        return IdentityKind.PERSONAL_NAME;
    }

    private static boolean isGoingToSchool(Token verb) {
        return verb.lower().equals("går") || verb.lower().equals("gick");
    }

    /** "klass 4B", "går i 2A": a class is as good as the school's name once the school is small. */
    private static boolean isClassCode(List<Token> tokens, int i) {
        String text = tokens.get(i).text();
        if (text.length() != 2 || !Character.isDigit(text.charAt(0)) || !Character.isLetter(text.charAt(1))
                || i == 0 || !tokens.get(i).spaceBefore()) {
            return false;
        }
        String before = tokens.get(i - 1).lower();
        return before.equals("klass") || before.equals("i") && i > 1 && isGoingToSchool(tokens.get(i - 2));
    }

    /** Known when on the list, in the genitive ("Östersunds"), or as the head of a compound ("Swish-skulder"). */
    private boolean isKnown(Token token) {
        String word = token.lower();
        if (knownTerms.contains(word) || word.endsWith("s") && knownTerms.contains(word.substring(0, word.length() - 1))) {
            return true;
        }
        int hyphen = word.indexOf('-');
        return hyphen > 0 && token.text().substring(hyphen).equals(word.substring(hyphen))
                && knownTerms.contains(word.substring(0, hyphen));
    }

    /** "Spelpaus.se", "Lisa.Berg@...": part of a web or e-mail address, which other rules judge. */
    private static boolean isPartOfAddressOrDomain(String text, List<Token> tokens, int i) {
        Token token = tokens.get(i);
        boolean joinedAfter = i + 1 < tokens.size() && tokens.get(i + 1).start() == token.end() + 1
                && isAddressJoiner(text.charAt(token.end()));
        boolean joinedBefore = i > 0 && tokens.get(i - 1).end() == token.start() - 1
                && isAddressJoiner(text.charAt(token.start() - 1));
        return joinedAfter || joinedBefore;
    }

    private static boolean isAddressJoiner(char c) {
        return c == '.' || c == '@' || c == '_';
    }
}
