package se.jamtland.statistics.disclosure.attack;

import org.junit.jupiter.api.Test;
import se.jamtland.statistics.disclosure.PublishedCell;
import se.jamtland.statistics.disclosure.PublishedTable;
import se.jamtland.statistics.disclosure.PublishedTotal;
import se.jamtland.statistics.disclosure.PublishedValue;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static se.jamtland.statistics.disclosure.DisclosureFixture.KOMMUN;
import static se.jamtland.statistics.disclosure.DisclosureFixture.KOMMUN_GENDER;
import static se.jamtland.statistics.disclosure.DisclosureFixture.THRESHOLD;

/**
 * The attackers are the yardstick of RandomTablesAttackTest and DifferencingTest, so they are shown to find what is
 * there in tables whose published numbers are exact (as small-cell suppression published them).
 */
class AttackersTest {

    /** The tables here are built by hand, exact as small-cell suppression published them: no perturbation. */
    private static final String TABLE = "none";
    private static final int D = 0;

    @Test
    void the_subtraction_attacker_finds_a_line_with_a_single_hidden_cell() {
        PublishedTable onlyPrimary = new PublishedTable(KOMMUN, THRESHOLD, TABLE, D,
                List.of(cell("Berg", hidden()), cell("Krokom", shown(40))), List.of(), shown(43));

        assertThat(SubtractionAttacker.recover(onlyPrimary)).containsExactly("all cells: the hidden part is 3");
    }

    @Test
    void the_subtraction_attacker_finds_hidden_ones_by_their_sum() {
        PublishedTable twoOnes = new PublishedTable(KOMMUN, THRESHOLD, TABLE, D,
                List.of(cell("Berg", hidden()), cell("Bräcke", hidden()), cell("Krokom", shown(40))),
                List.of(), shown(42));

        assertThat(SubtractionAttacker.recover(twoOnes)).containsExactly("all cells: every hidden part is 1");
    }

    @Test
    void the_linear_attacker_finds_what_only_two_lines_together_give_away() {
        // What small-cell suppression's line rule alone published for a table in which Åre's total is 3 and Åre is
        // the only kommun with men or others (TwoDimensionalTableTest.ARE_GIVEN_AWAY_BY_TWO_LINES): every line has
        // 0 or at least two hidden members, yet 55 - 52 is the male and other columns, which only Åre has counts in.
        PublishedTable lineByLineSafe = new PublishedTable(KOMMUN_GENDER, THRESHOLD, TABLE, D,
                List.of(cell("Berg", "female", hidden()), cell("Krokom", "female", hidden()),
                        cell("Åre", "male", hidden()), cell("Åre", "other", hidden())),
                List.of(total("kommun", "female", shown(52)), total("kommun", "male", hidden()),
                        total("kommun", "other", hidden()), total("gender", "Berg", hidden()),
                        total("gender", "Krokom", hidden()), total("gender", "Åre", hidden())),
                shown(55));

        assertThat(SubtractionAttacker.recover(lineByLineSafe)).isEmpty();
        assertThat(LinearAttacker.recover(lineByLineSafe)).containsExactly("sum over gender [Åre]=<5 is 3");
    }

    private static PublishedCell cell(String kommun, PublishedValue value) {
        return new PublishedCell(List.of(kommun), value);
    }

    private static PublishedCell cell(String kommun, String gender, PublishedValue value) {
        return new PublishedCell(List.of(kommun, gender), value);
    }

    private static PublishedTotal total(String summedOver, String groupValue, PublishedValue value) {
        return new PublishedTotal(summedOver, List.of(groupValue), value);
    }

    private static PublishedValue shown(long count) {
        return new PublishedValue.Shown(count);
    }

    private static PublishedValue hidden() {
        return new PublishedValue.BelowThreshold(THRESHOLD);
    }
}
