package se.jamtland.problem.input;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Text a service takes: whole characters, line breaks and tabs, but no other control character. */
class AcceptedTextTest {

    @ParameterizedTest(name = "\"{0}\" is taken")
    @ValueSource(strings = {"", "Samtalet handlade om sömn.", "Rad ett\nRad två\r\n\tindraget", "Åre – Östersund",
        "emoji \uD83D\uDE00 is a whole pair", "ÆØÅ ß €"})
    void text_with_whole_characters_is_taken(String text) {
        assertThat(AcceptedText.isAccepted(text)).isTrue();
    }

    @ParameterizedTest(name = "{index}: refused")
    @ValueSource(strings = {"a\u0000b", "a\u0007b", "\u001B[31m", "a\u007Fb", "a\u0085b", "\uD800", "x\uDC00y",
        "\uDE00\uD83D", "broken \uFFFD bytes"})
    void control_characters_lone_surrogates_and_replacement_characters_are_refused(String text) {
        assertThat(AcceptedText.isAccepted(text)).isFalse();
    }
}
