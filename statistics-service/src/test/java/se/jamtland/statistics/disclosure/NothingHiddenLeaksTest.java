package se.jamtland.statistics.disclosure;

import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static se.jamtland.statistics.disclosure.DisclosureFixture.KOMMUN_GENDER;
import static se.jamtland.statistics.disclosure.DisclosureFixture.cellKeyMethod;
import static se.jamtland.statistics.disclosure.DisclosureFixture.keyFor;

/** A published table can be serialised or logged as it is: no true count below the threshold and no key in it. */
class NothingHiddenLeaksTest {

    @Test
    void the_published_table_never_mentions_a_small_true_count_or_a_key() {
        // No other true count is 3, so a number 3 standing alone in the text would be Berg's true count; the key sums
        // are numbers no published count comes near.
        long bergFemale = 777_777_777L;
        PublishedTable published = cellKeyMethod().publish(StatisticsTable.of(KOMMUN_GENDER,
                TableCell.of(3, bergFemale, "Berg", "female"), TableCell.of(6, keyFor(6, 0), "Berg", "male"),
                TableCell.of(41, keyFor(41, 0), "Krokom", "female"), TableCell.of(54, keyFor(54, 0), "Krokom", "male"),
                TableCell.of(60, keyFor(60, 0), "Åre", "female"), TableCell.of(80, keyFor(80, 0), "Åre", "male")));

        assertThat(published.cell("Berg", "female").orElseThrow().belowThreshold()).isTrue();
        assertThat(published.toString()).doesNotContainPattern("(?<![0-9])3(?![0-9])").doesNotContain("777777777")
                .doesNotContain(String.valueOf(keyFor(6, 0)));
    }

    @Test
    void a_value_below_the_threshold_knows_only_its_threshold() {
        assertThat(PublishedValue.BelowThreshold.class.getRecordComponents())
                .extracting(RecordComponent::getName).containsExactly("threshold");
        assertThat(new PublishedValue.BelowThreshold(5)).hasToString("<5");
    }

    @Test
    void no_published_record_has_a_key_among_its_components() {
        for (Class<?> published : new Class<?>[] {PublishedTable.class, PublishedCell.class, PublishedTotal.class,
                PublishedValue.Shown.class, PublishedValue.BelowThreshold.class}) {
            assertThat(Arrays.stream(published.getRecordComponents()).map(RecordComponent::getName))
                    .as(published.getSimpleName()).noneMatch(name -> name.toLowerCase().contains("keysum")
                            || name.toLowerCase().contains("cellkey") || name.toLowerCase().contains("recordkey"));
        }
    }
}
