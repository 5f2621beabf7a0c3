package se.jamtland.testinfra;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The fake personal data the tests send, kept in one place: a value found where it must never be (an answer, a
 * topic, a table, a log) proves a leak, and the log scan after the integration tests looks for exactly these.
 */
public final class Canaries {

    public static final String GIVEN_NAME = "Astrid";
    public static final String FAMILY_NAME = "Kanariefågel";
    public static final String FULL_NAME = GIVEN_NAME + " " + FAMILY_NAME;
    public static final String GUARDIAN_NAME = "Greta " + FAMILY_NAME;
    /** Valid check digit: accepted where a personnummer belongs. */
    public static final String PERSONNUMMER = "19121212-1212";
    /** Wrong check digit (6 would be right): refused even where a personnummer belongs. */
    public static final String INVALID_PERSONNUMMER = "19850101-1234";
    public static final String PHONE = "070-555 12 34";
    public static final String EMAIL = "kanarie@example.se";
    public static final String ADDRESS = "Storgatan 12, Östersund";

    public enum Kind { NAME, PERSONNUMMER, PHONE, EMAIL, ADDRESS }

    /** One written form of a canary. */
    public record Canary(Kind kind, String text) {

        boolean isIn(String lowerCaseLine) {
            return lowerCaseLine.contains(text.toLowerCase(Locale.ROOT));
        }
    }

    /**
     * Every form in which code could write a canary: as sent, and as stored or normalised (a personnummer as
     * 12 digits, a phone number without separators). A part that is also inside the value as sent (a name, the
     * street) stands for both.
     */
    public static final List<Canary> ALL = allForms();

    private Canaries() {
    }

    /** The first canary in this text, ignoring case. */
    public static Optional<Canary> findIn(String text) {
        String line = text.toLowerCase(Locale.ROOT);
        return ALL.stream().filter(canary -> canary.isIn(line)).findFirst();
    }

    private static List<Canary> allForms() {
        List<Canary> forms = new ArrayList<>();
        forms.add(new Canary(Kind.NAME, GIVEN_NAME));
        forms.add(new Canary(Kind.NAME, FAMILY_NAME));
        for (String personnummer : List.of(PERSONNUMMER, INVALID_PERSONNUMMER)) {
            // "121212-1212" and "1212121212" are also inside the 12-digit forms, with or without the hyphen.
            String digits = personnummer.replace("-", "");
            forms.add(new Canary(Kind.PERSONNUMMER, personnummer.substring(2)));
            forms.add(new Canary(Kind.PERSONNUMMER, digits.substring(2)));
        }
        // The number without its area code, "555 12 34", is also inside the number as sent.
        String phoneDigits = PHONE.replaceAll("[^0-9]", "");
        forms.add(new Canary(Kind.PHONE, PHONE.substring(PHONE.indexOf('-') + 1)));
        forms.add(new Canary(Kind.PHONE, phoneDigits));
        forms.add(new Canary(Kind.PHONE, "+46" + phoneDigits.substring(1)));
        forms.add(new Canary(Kind.EMAIL, EMAIL));
        forms.add(new Canary(Kind.ADDRESS, ADDRESS.substring(0, ADDRESS.indexOf(' '))));
        return List.copyOf(forms);
    }
}
