package se.jamtland.statistics.disclosure;

import org.junit.jupiter.api.Test;
import se.jamtland.statistics.disclosure.attack.Find;
import se.jamtland.statistics.disclosure.attack.LinearAttacker;
import se.jamtland.statistics.disclosure.attack.SubtractionAttacker;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static se.jamtland.statistics.disclosure.DisclosureFixture.THRESHOLD;
import static se.jamtland.statistics.disclosure.DisclosureFixture.cellKeyMethod;
import static se.jamtland.statistics.disclosure.DisclosureFixture.groupKey;
import static se.jamtland.statistics.disclosure.TruthfulPublication.assertPublishedTruthfully;

/**
 * 330 random tables of one, two and three dimensions, each attacked line by line and by all lines at once. Under
 * small-cell suppression the test asserted that the attackers recovered nothing; under the Cell Key Method they
 * always "recover" something, since every line has an equation again, but the equations are off by the changes: the
 * test asserts that what they claim for the counts shown as "<5" is mostly wrong, and that an attacker who read
 * the published numbers as exact would be wrong about them more often than right.
 */
class RandomTablesAttackTest {

    private final List<Find> claims = new ArrayList<>();
    private final Map<String, Long> truth = new HashMap<>();
    private int tables;

    @Test
    void what_the_attackers_claim_for_the_small_counts_of_random_tables_is_mostly_wrong() {
        for (long seed = 1; seed <= 150; seed++) {
            attack(RandomTables.table(seed, 2));
            attack(RandomTables.table(seed, 3));
        }
        for (long seed = 1; seed <= 30; seed++) {
            attack(RandomTables.table(seed, 1));
        }
        List<Find> aboutSmallCounts = claims.stream().filter(claim -> truth.containsKey(claim.member())).toList();
        long right = aboutSmallCounts.stream().filter(claim -> claim.value() == truth.get(claim.member())).count();

        // Hundreds of claims, so the share is no accident of a few tables (under suppression it was no claim at all).
        assertThat(aboutSmallCounts).hasSizeGreaterThan(300);
        assertThat((double) right / aboutSmallCounts.size()).as("share of right claims").isLessThan(0.4);
        // Some claims are not even possible counts: the attacker can tell that the equations do not hold.
        assertThat(aboutSmallCounts).anyMatch(claim -> claim.value() <= 0 || claim.value() >= THRESHOLD + 2);
    }

    /** Publishes, checks the publication, and keeps the attackers' claims and the truth of every "<5" member. */
    private void attack(StatisticsTable table) {
        PublishedTable published = cellKeyMethod().publish(table);
        assertPublishedTruthfully(table, published, THRESHOLD);
        String prefix = tables++ + ":";
        for (PublishedCell cell : published.cells()) {
            if (cell.value().belowThreshold()) {
                long count = table.cells().stream().filter(c -> c.key().equals(cell.key())).findFirst()
                        .orElseThrow().count();
                truth.put(prefix + "cell " + cell.key(), count);
            }
        }
        for (PublishedTotal total : published.lineTotals()) {
            if (total.value().belowThreshold()) {
                long count = table.cells().stream()
                        .filter(c -> groupKey(table.dimensions(), total.summedOver(), c.key()).equals(total.groupKey()))
                        .mapToLong(TableCell::count).sum();
                truth.put(prefix + total, count);
            }
        }
        SubtractionAttacker.finds(published).forEach(find -> claims.add(new Find(prefix + find.member(), find.value())));
        LinearAttacker.finds(published).forEach(find -> claims.add(new Find(prefix + find.member(), find.value())));
    }
}
