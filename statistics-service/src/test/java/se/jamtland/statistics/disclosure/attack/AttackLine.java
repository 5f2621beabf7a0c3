package se.jamtland.statistics.disclosure.attack;

import se.jamtland.statistics.disclosure.PublishedTable;
import se.jamtland.statistics.disclosure.PublishedTotal;
import se.jamtland.statistics.disclosure.PublishedValue;

import java.util.ArrayList;
import java.util.List;

import static se.jamtland.statistics.disclosure.DisclosureFixture.groupKey;

/**
 * A line as an attacker reads it off the published table alone: a total and the parts it adds up. Members carry a
 * name that is the same wherever they appear, so a hidden member is one unknown to an attacker.
 */
record AttackLine(String name, Member total, List<Member> parts) {

    /** A published value and the name it has in every line it belongs to. */
    record Member(String name, PublishedValue value) {
    }

    long hiddenParts() {
        return parts.stream().filter(part -> part.value().belowThreshold()).count();
    }

    long shownPartsSum() {
        return parts.stream().mapToLong(part -> part.value().number().orElse(0)).sum();
    }

    List<Member> members() {
        List<Member> members = new ArrayList<>(parts);
        members.add(total);
        return members;
    }

    /**
     * For each line total the cells it adds up (absent cells count as 0), the line totals of each dimension with
     * the grand total, and all cells with the grand total. With one dimension the cells and the grand total are
     * the only line.
     */
    static List<AttackLine> linesOf(PublishedTable published) {
        Member grandTotal = new Member("grand total", published.grandTotal());
        List<Member> allCells = published.cells().stream()
                .map(cell -> new Member("cell " + cell.key(), cell.value())).toList();
        List<AttackLine> lines = new ArrayList<>();
        lines.add(new AttackLine("all cells", grandTotal, allCells));
        for (String dimension : published.dimensions()) {
            List<PublishedTotal> totals = published.lineTotals().stream()
                    .filter(total -> total.summedOver().equals(dimension)).toList();
            if (totals.isEmpty()) {
                continue;
            }
            lines.add(new AttackLine("totals over " + dimension, grandTotal,
                    totals.stream().map(total -> new Member(total.toString(), total.value())).toList()));
            for (PublishedTotal total : totals) {
                List<Member> parts = published.cells().stream()
                        .filter(cell -> groupKey(published.dimensions(), dimension, cell.key()).equals(total.groupKey()))
                        .map(cell -> new Member("cell " + cell.key(), cell.value()))
                        .toList();
                lines.add(new AttackLine(total.toString(), new Member(total.toString(), total.value()), parts));
            }
        }
        return lines;
    }
}
