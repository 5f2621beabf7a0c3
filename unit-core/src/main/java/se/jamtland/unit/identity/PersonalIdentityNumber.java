package se.jamtland.unit.identity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A personnummer or samordningsnummer (day + 60), checked before an INDIVIDUAL record (14 kap. 3 § SoL) is
 * written: 12 digits, or 10 with '-' (under 100 years) or '+' (100 or older), a real date and a valid Luhn
 * check digit. Stored normalised as 12 digits. {@link #toString()} never shows the number.
 */
public final class PersonalIdentityNumber {

    private static final Pattern FORMAT = Pattern.compile("(\\d{2})?(\\d{6})([-+]?)(\\d{4})");

    private final String twelveDigits;

    private PersonalIdentityNumber(String twelveDigits) {
        this.twelveDigits = twelveDigits;
    }

    public static Optional<PersonalIdentityNumber> parse(String text, LocalDate today) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = FORMAT.matcher(text.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String datePart = matcher.group(2);
        String lastFour = matcher.group(4);
        if (!luhnValid(datePart + lastFour)) {
            return Optional.empty();
        }
        String century = matcher.group(1) != null ? matcher.group(1) : century(datePart, matcher.group(3), today);
        if (century == null || birthDate(century + datePart).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PersonalIdentityNumber(century + datePart + lastFour));
    }

    public String twelveDigits() {
        return twelveDigits;
    }

    /** The date of birth; a samordningsnummer's day has 60 added to it (folkbokföringslagen 18 a §). */
    public LocalDate birthDate() {
        return birthDate(twelveDigits.substring(0, 8)).orElseThrow();
    }

    /** Whole years lived on the date: the age the villkor, consent and guardian secrecy are decided by. */
    public int ageOn(LocalDate date) {
        return Period.between(birthDate(), date).getYears();
    }

    /** Second-to-last digit odd = legally male, even = legally female (domain.md). */
    public String legalGender() {
        return (twelveDigits.charAt(10) - '0') % 2 == 1 ? "MALE" : "FEMALE";
    }

    private static String century(String yymmdd, String separator, LocalDate today) {
        int yy = Integer.parseInt(yymmdd.substring(0, 2));
        int currentCentury = today.getYear() / 100;
        int year = currentCentury * 100 + yy;
        if (year > today.getYear()) {
            year -= 100;
        }
        if ("+".equals(separator)) {
            year -= 100;
        }
        return year < 1800 ? null : String.valueOf(year / 100);
    }

    private static Optional<LocalDate> birthDate(String yyyymmdd) {
        int day = Integer.parseInt(yyyymmdd.substring(6, 8));
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(yyyymmdd.substring(0, 4)),
                    Integer.parseInt(yyyymmdd.substring(4, 6)), day > 60 ? day - 60 : day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static boolean luhnValid(String tenDigits) {
        int sum = 0;
        for (int i = 0; i < tenDigits.length(); i++) {
            int digit = tenDigits.charAt(i) - '0';
            if (i % 2 == 0) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }

    @Override
    public String toString() {
        return "PersonalIdentityNumber[****]";
    }
}
