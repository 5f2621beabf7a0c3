package se.jamtland.testinfra;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

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
    /**
     * A visitor code as a visitor might choose it (issue 11): the unit keeps only its keyed hash, so the code must
     * never be found anywhere, in any spelling. Lower case, so the identity guard takes it for no name.
     */
    public static final String VISITOR_CODE = "blåbär-kanariekod 77";

    /**
     * The day the canary persons' ages are counted on. A test that opens an INDIVIDUAL case, where the identity
     * number decides the age, starts it in the same month, so the age stays what the test says whatever today is.
     */
    public static final LocalDate CASE_START = LocalDate.of(2025, 9, 1);

    /**
     * Every number {@link #personnummer} and {@link #samordningsnummer} make: born 10 March (or day 70), serial
     * 9, the person's digit, the legal-gender digit, a check digit. As sent, as 12 digits, or as 10.
     */
    private static final Pattern CANARY_PERSON = Pattern.compile("\\d{2}03[17]0[-+]?9\\d[12]\\d(?!\\d)");

    public enum Kind { NAME, PERSONNUMMER, PHONE, EMAIL, ADDRESS, VISITOR_CODE }

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
        Optional<Canary> found = ALL.stream().filter(canary -> canary.isIn(line)).findFirst();
        if (found.isEmpty() && CANARY_PERSON.matcher(text).find()) {
            return Optional.of(new Canary(Kind.PERSONNUMMER, "a canary person's identity number"));
        }
        return found;
    }

    /**
     * A valid personnummer of a fake person who is {@code age} on {@link #CASE_START} (and all that autumn), of
     * the legal gender ("FEMALE" or "MALE"); {@code person} 0-9 tells apart several people of the same age.
     * Written "YYYYMMDD-XXXX".
     */
    public static String personnummer(int age, String legalGender, int person) {
        return identityNumber(age, legalGender, person, 10);
    }

    /** As {@link #personnummer}, as a samordningsnummer: the day of birth plus 60. */
    public static String samordningsnummer(int age, String legalGender, int person) {
        return identityNumber(age, legalGender, person, 70);
    }

    private static String identityNumber(int age, String legalGender, int person, int day) {
        if (age < 0 || age > 120 || person < 0 || person > 9) {
            throw new IllegalArgumentException("age 0-120 and person 0-9");
        }
        int genderDigit = switch (legalGender) {
            case "MALE" -> 1;
            case "FEMALE" -> 2;
            default -> throw new IllegalArgumentException("FEMALE or MALE");
        };
        String date = "%04d03%02d".formatted(CASE_START.getYear() - age, day);
        String serial = "9" + person + genderDigit;
        String tenDigits = date.substring(2) + serial;
        return date + "-" + serial + luhnDigit(tenDigits);
    }

    /**
     * The check digit that makes the nine digits plus it pass the Luhn test, as the Skatteverket number does: for
     * any fake identity number a test or bench makes.
     */
    public static int luhnDigit(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < nineDigits.length(); i++) {
            int digit = (nineDigits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += digit > 9 ? digit - 9 : digit;
        }
        return (10 - sum % 10) % 10;
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
        // Its one unusual word stands for every spelling the unit accepts as the same code (case, spaces, hyphens).
        forms.add(new Canary(Kind.VISITOR_CODE, "kanariekod"));
        return List.copyOf(forms);
    }
}
