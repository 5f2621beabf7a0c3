package se.jamtland.statistics.disclosure.attack;

import se.jamtland.statistics.disclosure.PublishedTable;
import se.jamtland.statistics.disclosure.PublishedValue;

import java.util.ArrayList;
import java.util.List;

/**
 * Works one line at a time, as someone with the published table and a calculator would: the total minus the
 * shown parts gives a single hidden part; the shown parts add up to a hidden total; and hidden parts that add
 * up to their own number must each be 1 (zero is always shown).
 */
public final class SubtractionAttacker {

    private SubtractionAttacker() {
    }

    /** What the attacker worked out, one sentence per find; empty when the table gives nothing away. */
    public static List<String> recover(PublishedTable published) {
        List<String> recovered = new ArrayList<>();
        for (AttackLine line : AttackLine.linesOf(published)) {
            long hiddenParts = line.hiddenParts();
            PublishedValue total = line.total().value();
            if (!total.suppressed()) {
                long remainder = total.number().orElseThrow() - line.shownPartsSum();
                if (hiddenParts == 1) {
                    recovered.add(line.name() + ": the hidden part is " + remainder);
                } else if (hiddenParts >= 2 && remainder == hiddenParts) {
                    recovered.add(line.name() + ": every hidden part is 1");
                }
            } else if (hiddenParts == 0) {
                recovered.add(line.name() + ": the hidden total is " + line.shownPartsSum());
            }
        }
        return recovered;
    }
}
