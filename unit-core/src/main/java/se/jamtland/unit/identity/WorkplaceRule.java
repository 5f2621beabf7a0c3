package se.jamtland.unit.identity;

import java.util.List;
import java.util.Set;

/**
 * A workplace with a role: "sjuksköterska på Östersunds sjukhus", "jobbar på Jämtkraft", "polis i Krokom".
 * In a county of 130,000 a role at a named workplace is often one person. A role alone ("arbetar som lärare")
 * or a sector ("jobbar inom vården") is de-identified data and passes.
 */
final class WorkplaceRule {

    /** How many words after the preposition may still name the workplace: "på en skola i Krokom". */
    private static final int REACH = 4;

    /** Words that start the next phrase: "på ICA Maxi i Lillänge", "på Jämtkraft som elektriker". */
    private static final Set<String> PHRASE_ENDS = Set.of(
            "i", "och", "som", "men", "eller", "sedan", "där", "när", "med", "för", "efter", "samt", "på", "till");

    void find(List<Token> tokens, Marks marks) {
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            boolean role = isOccupation(token.lower()) && hasRoleVerbBefore(tokens, i);
            boolean working = SwedishWords.WORKING.contains(token.lower());
            if (!role && !working) {
                continue;
            }
            int preposition = i + 1;
            if (preposition >= tokens.size() || !tokens.get(preposition).spaceBefore()
                    || !SwedishWords.WORKPLACE_PREPOSITIONS.contains(tokens.get(preposition).lower())
                    || working && !role && tokens.get(preposition).lower().equals("inom")) {
                continue;
            }
            int end = workplaceEnd(tokens, preposition);
            if (end >= 0) {
                marks.add(IdentityKind.WORKPLACE, token.start(), end);
            }
        }
    }

    /**
     * The end of the workplace's name, or -1 if the words after the preposition name none. Once named, it runs
     * on to the end of the phrase: "på Östersunds sjukhus", "på Solbackens äldreboende".
     */
    private static int workplaceEnd(List<Token> tokens, int preposition) {
        int end = -1;
        for (int k = preposition + 1; k < tokens.size() && k <= preposition + REACH; k++) {
            Token word = tokens.get(k);
            if (!word.spaceBefore() || end >= 0 && PHRASE_ENDS.contains(word.lower())) {
                break;
            }
            if (end >= 0 || word.startsUpperCase() || SwedishWords.WORKPLACE_NOUNS.contains(word.lower())) {
                end = word.end();
            }
        }
        return end;
    }

    private static boolean isOccupation(String word) {
        if (SwedishWords.OCCUPATIONS.contains(word)) {
            return true;
        }
        for (String ending : SwedishWords.OCCUPATION_ENDINGS) {
            if (word.endsWith(ending) && word.length() > ending.length() + 2) {
                return true;
            }
        }
        return false;
    }

    /** "är polis", "arbetar som sjuksköterska", "jobbar som vårdbiträde": the person's own role. */
    private static boolean hasRoleVerbBefore(List<Token> tokens, int i) {
        for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
            String word = tokens.get(k).lower();
            if (word.equals("som") || word.equals("är") || word.equals("var") || word.equals("blev")
                    || SwedishWords.WORKING.contains(word)) {
                return true;
            }
            if (!tokens.get(k + 1).spaceBefore()) {
                return false;
            }
        }
        return false;
    }
}
