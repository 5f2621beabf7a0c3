package se.jamtland.statistics.disclosure.attack;

import se.jamtland.statistics.disclosure.PublishedTable;
import se.jamtland.statistics.disclosure.PublishedValue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Works one line at a time, as someone with the published table and a calculator would: the total minus the
 * shown parts gives a single hidden part; the shown parts add up to a hidden total; and hidden parts that add
 * up to their own number must each be 1 (zero is always shown). It assumes that published parts add up to their
 * published totals, which held under small-cell suppression and no longer holds under the Cell Key Method.
 */
public final class SubtractionAttacker {

    private SubtractionAttacker() {
    }

    /** What the attacker worked out, one sentence per find; empty when the table gives nothing away. */
    public static List<String> recover(PublishedTable published) {
        List<String> recovered = new ArrayList<>();
        attack(published, (sentence, finds) -> recovered.add(sentence));
        return recovered;
    }

    /** The same finds as {@link #recover}, as the values the attacker claims for each hidden member. */
    public static List<Find> finds(PublishedTable published) {
        List<Find> claimed = new ArrayList<>();
        attack(published, (sentence, finds) -> claimed.addAll(finds));
        return claimed;
    }

    private static void attack(PublishedTable published, BiConsumer<String, List<Find>> found) {
        for (AttackLine line : AttackLine.linesOf(published)) {
            long hiddenParts = line.hiddenParts();
            PublishedValue total = line.total().value();
            List<AttackLine.Member> hidden = line.parts().stream().filter(part -> part.value().belowThreshold()).toList();
            if (!total.belowThreshold()) {
                long remainder = total.number().orElseThrow() - line.shownPartsSum();
                if (hiddenParts == 1) {
                    found.accept(line.name() + ": the hidden part is " + remainder,
                            List.of(new Find(hidden.get(0).name(), remainder)));
                } else if (hiddenParts >= 2 && remainder == hiddenParts) {
                    found.accept(line.name() + ": every hidden part is 1",
                            hidden.stream().map(part -> new Find(part.name(), 1)).toList());
                }
            } else if (hiddenParts == 0) {
                found.accept(line.name() + ": the hidden total is " + line.shownPartsSum(),
                        List.of(new Find(line.total().name(), line.shownPartsSum())));
            }
        }
    }
}
