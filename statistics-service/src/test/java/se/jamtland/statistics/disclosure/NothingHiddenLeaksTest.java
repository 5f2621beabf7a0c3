package se.jamtland.statistics.disclosure;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static se.jamtland.statistics.disclosure.DisclosureFixture.KOMMUN_GENDER;

/** A published table can be serialised or logged as it is: no true count of a hidden value is reachable. */
class NothingHiddenLeaksTest {

    private final SmallCellSuppression suppression = DisclosureFixture.suppression();

    @Test
    void the_published_table_never_mentions_a_hidden_count() {
        // No key and no shown count or total (9, 95, 140, 104, 244, 60, 80) contains the digit 3, so any "3"
        // in the text would be the hidden count.
        PublishedTable published = suppression.suppress(StatisticsTable.of(KOMMUN_GENDER,
                TableCell.of(3, "Berg", "female"), TableCell.of(6, "Berg", "male"),
                TableCell.of(41, "Krokom", "female"), TableCell.of(54, "Krokom", "male"),
                TableCell.of(60, "Åre", "female"), TableCell.of(80, "Åre", "male")));

        assertThat(published.cell("Berg", "female").orElseThrow().suppressed()).isTrue();
        assertThat(published.grandTotal().display()).isEqualTo("244");
        assertThat(published.toString()).doesNotContain("3");
    }

    @Test
    void a_suppressed_value_knows_only_its_threshold() {
        PublishedValue suppressed = new PublishedValue.Suppressed(5, true);

        assertThat(PublishedValue.Suppressed.class.getRecordComponents())
                .extracting(component -> component.getName()).containsExactly("threshold", "small");
        assertThat(suppressed).hasToString("<5");
        assertThat(new PublishedValue.Suppressed(5, false)).hasToString("..");
    }
}
