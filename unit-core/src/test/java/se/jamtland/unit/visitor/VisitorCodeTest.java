package se.jamtland.unit.visitor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class VisitorCodeTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "blåbär-kanariekod 77, true",
            "abcd, true",
            "a b c d, true",
            "Éva Ümit 1, true",
            "ab7, false",
            "ab  cd, false",
            "ab--cd, false",
            "-abcd, false",
            "abcd-, false",
            "kod;77, false",
            "kod.77, false"})
    void a_code_is_letters_and_digits_with_single_spaces_or_hyphens_between_them_at_least_four(String code,
                                                                                              boolean allowed) {
        assertThat(code.matches(VisitorCode.PATTERN)).isEqualTo(allowed);
    }

    @Test
    void a_code_of_ten_thousand_characters_is_checked_without_overflowing_the_stack() {
        assertThat("a ".repeat(5_000).concat("a").matches(VisitorCode.PATTERN)).isTrue();
        assertThat("x".repeat(10_000).concat(";").matches(VisitorCode.PATTERN)).isFalse();
    }

    @Test
    void what_is_hashed_ignores_case_spaces_and_hyphens_but_not_letters() {
        assertThat(VisitorCode.spokenForm("Blåbär-Kanariekod 77")).isEqualTo("blåbärkanariekod77");
        assertThat(VisitorCode.spokenForm("blabar 77")).isNotEqualTo(VisitorCode.spokenForm("blåbär 77"));
    }
}
