package se.jamtland.statistics.disclosure;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static se.jamtland.statistics.disclosure.DisclosureFixture.groupKey;

/** The check every published table must pass besides the attackers: nothing missing, nothing false. */
final class TruthfulPublication {

    private TruthfulPublication() {
    }

    /**
     * Every input cell is published once, in key order; every line total that should exist does; every count from
     * 1 to threshold - 1 is hidden; and every shown number is the true one.
     */
    static void assertPublishedTruthfully(StatisticsTable table, PublishedTable published, int threshold) {
        Map<List<String>, Long> truth = new HashMap<>();
        table.cells().forEach(cell -> truth.put(cell.key(), cell.count()));
        assertThat(published.cells()).extracting(PublishedCell::key)
                .containsExactlyInAnyOrderElementsOf(truth.keySet())
                .isSortedAccordingTo(DisclosureFixture::byKey);
        for (PublishedCell cell : published.cells()) {
            assertPublishedTruthfully(cell.toString(), truth.get(cell.key()), cell.value(), threshold);
        }

        Map<String, Long> expectedTotals = new LinkedHashMap<>();
        if (table.dimensions().size() > 1) {
            for (String dimension : table.dimensions()) {
                for (TableCell cell : table.cells()) {
                    expectedTotals.merge(dimension + groupKey(table.dimensions(), dimension, cell.key()),
                            cell.count(), Long::sum);
                }
            }
        }
        assertThat(published.lineTotals()).extracting(total -> total.summedOver() + total.groupKey())
                .containsExactlyInAnyOrderElementsOf(expectedTotals.keySet());
        for (PublishedTotal total : published.lineTotals()) {
            long count = expectedTotals.get(total.summedOver() + total.groupKey());
            assertPublishedTruthfully(total.toString(), count, total.value(), threshold);
        }

        long grandTotal = table.cells().stream().mapToLong(TableCell::count).sum();
        assertPublishedTruthfully("grand total", grandTotal, published.grandTotal(), threshold);
    }

    private static void assertPublishedTruthfully(String what, long count, PublishedValue value, int threshold) {
        if (count >= 1 && count < threshold) {
            assertThat(value.suppressed()).as("%s must be hidden", what).isTrue();
        }
        if (value.suppressed()) {
            // "<5" is a statement about the count, so it may only stand for a small one; others show "..".
            assertThat(value.display()).as(what).isEqualTo(count < threshold ? "<" + threshold : "..");
            assertThat(count).as("%s: zero is never hidden", what).isPositive();
        } else {
            assertThat(value.number()).as(what).hasValue(count);
        }
    }
}
