package se.jamtland.testinfra;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CanariesTest {

    @Test
    void a_canary_person_is_born_on_the_tenth_of_march_of_the_year_that_gives_the_age_on_the_case_start() {
        assertThat(Canaries.personnummer(16, "FEMALE", 0)).startsWith("20090310-90");
        assertThat(Canaries.personnummer(40, "MALE", 3)).startsWith("19850310-931");
        assertThat(Canaries.samordningsnummer(17, "FEMALE", 1)).startsWith("20080370-912");
    }

    @Test
    void every_canary_person_passes_the_luhn_check() {
        for (int age = 0; age <= 120; age++) {
            for (String gender : new String[] {"FEMALE", "MALE"}) {
                for (int person = 0; person <= 9; person++) {
                    assertThat(luhnValid(Canaries.personnummer(age, gender, person))).isTrue();
                    assertThat(luhnValid(Canaries.samordningsnummer(age, gender, person))).isTrue();
                }
            }
        }
    }

    @Test
    void the_scan_finds_a_canary_person_as_sent_as_twelve_digits_and_as_ten() {
        String sent = Canaries.personnummer(19, "MALE", 7);
        String twelve = sent.replace("-", "");
        assertThat(Canaries.findIn("saved " + sent)).isPresent();
        assertThat(Canaries.findIn("{\"id\":\"" + twelve + "\"}")).isPresent();
        assertThat(Canaries.findIn("x " + twelve.substring(2) + " y")).isPresent();
        assertThat(Canaries.findIn("x " + Canaries.samordningsnummer(15, "FEMALE", 0).substring(2))).isPresent();
        assertThat(Canaries.findIn("session 2025-03-10 at 09:15, 12 minutes")).isEmpty();
    }

    @Test
    void the_scan_finds_the_visitor_code_in_every_spelling_the_unit_takes_as_the_same() {
        assertThat(Canaries.findIn("code " + Canaries.VISITOR_CODE)).map(Canaries.Canary::kind)
                .contains(Canaries.Kind.VISITOR_CODE);
        assertThat(Canaries.findIn("BLÅBÄR KANARIEKOD 77")).isPresent();
        assertThat(Canaries.findIn("blåbärkanariekod77")).isPresent();
    }

    @Test
    void an_age_or_person_out_of_range_is_refused() {
        assertThatThrownBy(() -> Canaries.personnummer(-1, "MALE", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Canaries.personnummer(30, "MALE", 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Canaries.personnummer(30, "male", 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static boolean luhnValid(String identityNumber) {
        String ten = identityNumber.replace("-", "").substring(2);
        int sum = 0;
        for (int i = 0; i < ten.length(); i++) {
            int digit = (ten.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += digit > 9 ? digit - 9 : digit;
        }
        return sum % 10 == 0;
    }
}
