package se.jamtland.unit.identity;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A place described instead of named: "röda huset vid kyrkan", "gården närmast sjön", "enda huset med
 * flaggstång". In a village that is an address. Named places below the kommun ("bor i Hallen") are found by
 * {@link NameRule}: they are capitalised.
 */
final class PlaceRule {

    private static final String HOUSE = "huset|stugan|villan|gården|radhuset|höghuset|hyreshuset|torpet|lägenheten"
            + "|ladan";

    private static final Pattern DESCRIBED_PLACE = Pattern.compile(
            "(?=[rgvbshtlefpRGVBSHTLEFP])(?<![\\p{L}])(?:"
                    + "(?:röda|gula|vita|blå|blåa|gröna|grå|svarta|bruna|rosa) (?:" + HOUSE + ")"
                    + "|(?:" + HOUSE + ") (?:vid|bredvid|mittemot|mitt emot|närmast|intill|bakom|ovanför|nedanför"
                    + "|bortom|nära) \\p{L}+"
                    + "|(?:enda|sista|första) huset"
                    + "|granne med (?:kyrkan|skolan|affären|macken|stationen|kiosken|pizzerian|kyrkogården)"
                    + ")(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    void find(String text, Marks marks) {
        Matcher place = DESCRIBED_PLACE.matcher(text);
        while (place.find()) {
            marks.add(IdentityKind.PLACE, place.start(), place.end());
        }
    }
}
