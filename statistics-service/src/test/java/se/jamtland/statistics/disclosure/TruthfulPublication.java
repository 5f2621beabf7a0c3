package se.jamtland.statistics.disclosure;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static se.jamtland.statistics.disclosure.DisclosureFixture.groupKey;

/**
 * The check every published table must pass besides the attackers: nothing missing, and nothing further from the truth
 * than the Cell Key Method allows (formerly: every shown number the true one, which CKM deliberately gives up).
 */
final class TruthfulPublication {

    private TruthfulPublication() {
    }

    /**
     * Every input cell is published once, in key order; every line total that should exist does; every shown number
     * is within D of the true one and never negative; zero stays 0; "<threshold" stands only for a true count from
     * 1 to threshold - 1 + D, since a zero is never perturbed.
     */
    static void assertPublishedTruthfully(StatisticsTable table, PublishedTable published, int threshold) {
        Map<List<String>, Long> truth = new HashMap<>();
        table.cells().forEach(cell -> truth.put(cell.key(), cell.count()));
        assertThat(published.cells()).extracting(PublishedCell::key)
                .containsExactlyInAnyOrderElementsOf(truth.keySet())
                .isSortedAccordingTo(DisclosureFixture::byKey);
        for (PublishedCell cell : published.cells()) {
            assertPublishedTruthfully(published, cell.toString(), truth.get(cell.key()), cell.value(), threshold);
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
            assertPublishedTruthfully(published, total.toString(), count, total.value(), threshold);
        }

        long grandTotal = table.cells().stream().mapToLong(TableCell::count).sum();
        assertPublishedTruthfully(published, "grand total", grandTotal, published.grandTotal(), threshold);
    }

    private static void assertPublishedTruthfully(PublishedTable published, String what, long count,
                                                  PublishedValue value, int threshold) {
        int d = published.maximumDeviation();
        if (value.belowThreshold()) {
            assertThat(value.display()).as(what).isEqualTo("<" + threshold);
            assertThat(count).as("%s: zero is never shown as small", what).isBetween(1L, threshold - 1L + d);
        } else {
            long shown = value.number().orElseThrow();
            assertThat(shown).as(what).isBetween(Math.max(0, count - d), count + d);
            if (count == 0) {
                assertThat(shown).as("%s: zero stays zero", what).isZero();
            }
        }
    }
}
