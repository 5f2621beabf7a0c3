package se.jamtland.statistics.disclosure.attack;

import se.jamtland.statistics.disclosure.PublishedTable;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Combines all lines at once: every hidden value is an unknown, every line an equation, and an unknown is
 * given away when elimination leaves an equation with it alone. This finds what single lines miss, such as a
 * hidden cell bridging two otherwise safe rectangles of hidden cells. It eliminates in exact whole numbers, unlike
 * the service's own solver (modulo a prime), so it is the yardstick for that one.
 */
public final class LinearAttacker {

    private LinearAttacker() {
    }

    /** What the attacker worked out, one sentence per find; empty when the table gives nothing away. */
    public static List<String> recover(PublishedTable published) {
        return finds(published).stream().map(find -> find.member() + " is " + find.value()).toList();
    }

    /** The same finds as {@link #recover}, as the values the attacker claims for each hidden member. */
    public static List<Find> finds(PublishedTable published) {
        List<AttackLine> lines = AttackLine.linesOf(published);
        Map<String, Integer> unknowns = new LinkedHashMap<>();
        for (AttackLine line : lines) {
            for (AttackLine.Member member : line.members()) {
                if (member.value().belowThreshold()) {
                    unknowns.putIfAbsent(member.name(), unknowns.size());
                }
            }
        }
        int constant = unknowns.size();
        List<BigInteger[]> rows = new ArrayList<>();
        for (AttackLine line : lines) {
            BigInteger[] row = new BigInteger[constant + 1];
            Arrays.fill(row, BigInteger.ZERO);
            // total - sum(parts) = 0, with the shown values moved to the right-hand side.
            add(row, line.total(), 1, unknowns, constant);
            for (AttackLine.Member part : line.parts()) {
                add(row, part, -1, unknowns, constant);
            }
            rows.add(row);
        }
        return determined(rows, List.copyOf(unknowns.keySet()));
    }

    private static void add(BigInteger[] row, AttackLine.Member member, int sign, Map<String, Integer> unknowns,
                            int constant) {
        if (member.value().belowThreshold()) {
            int unknown = unknowns.get(member.name());
            row[unknown] = row[unknown].add(BigInteger.valueOf(sign));
        } else {
            long shown = member.value().number().orElseThrow();
            row[constant] = row[constant].subtract(BigInteger.valueOf(sign * shown));
        }
    }

    /** Gauss-Jordan elimination in integers; a row left with a single unknown gives that unknown away. */
    private static List<Find> determined(List<BigInteger[]> rows, List<String> names) {
        int constant = names.size();
        int pivotRow = 0;
        for (int column = 0; column < constant && pivotRow < rows.size(); column++) {
            int found = -1;
            for (int r = pivotRow; r < rows.size(); r++) {
                if (rows.get(r)[column].signum() != 0) {
                    found = r;
                    break;
                }
            }
            if (found < 0) {
                continue;
            }
            Collections.swap(rows, pivotRow, found);
            BigInteger[] pivot = rows.get(pivotRow);
            for (int r = 0; r < rows.size(); r++) {
                BigInteger[] row = rows.get(r);
                if (r == pivotRow || row[column].signum() == 0) {
                    continue;
                }
                BigInteger factor = row[column];
                for (int c = 0; c <= constant; c++) {
                    row[c] = row[c].multiply(pivot[column]).subtract(pivot[c].multiply(factor));
                }
                normalise(row);
            }
            pivotRow++;
        }
        List<Find> recovered = new ArrayList<>();
        for (BigInteger[] row : rows) {
            int unknownsLeft = 0;
            int last = -1;
            for (int c = 0; c < constant; c++) {
                if (row[c].signum() != 0) {
                    unknownsLeft++;
                    last = c;
                }
            }
            if (unknownsLeft == 1) {
                recovered.add(new Find(names.get(last), row[constant].divide(row[last]).longValueExact()));
            }
        }
        return recovered;
    }

    private static void normalise(BigInteger[] row) {
        BigInteger gcd = BigInteger.ZERO;
        for (BigInteger value : row) {
            gcd = gcd.gcd(value);
        }
        if (gcd.signum() != 0 && !gcd.equals(BigInteger.ONE)) {
            for (int c = 0; c < row.length; c++) {
                row[c] = row[c].divide(gcd);
            }
        }
    }
}
