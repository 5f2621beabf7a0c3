package se.jamtland.statistics.disclosure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Which hidden values a reader can still work out from the shown ones. All lines of the worksheet become one
 * system of linear equations in the hidden values, {@code total - sum of parts = 0} with the shown values as
 * constants. A hidden value is determined, whatever the constants, exactly when elimination leaves an equation
 * with that value alone.
 *
 * <p>The elimination ({@link ModularGaussJordan}) runs modulo a prime so that it stays in {@code long} and is
 * fast. It can err in two ways: finding a value determined that is not, which only costs an extra suppression; or
 * missing one, which needs the prime to divide a non-zero determinant of the table's equations (coefficients 0
 * and ±1). That is not expected at county sizes, and the tests check the outcome with an exact attacker in whole
 * numbers.
 */
final class HiddenValueSolver {

    private HiddenValueSolver() {
    }

    /** The hidden entries that the shown values determine, in entry order. */
    static List<Integer> determinedEntries(Worksheet sheet) {
        int[] unknownOf = new int[sheet.size()];
        List<Integer> entryOf = new ArrayList<>();
        for (int entry = 0; entry < sheet.size(); entry++) {
            unknownOf[entry] = sheet.hidden(entry) ? entryOf.size() : -1;
            if (sheet.hidden(entry)) {
                entryOf.add(entry);
            }
        }
        List<long[]> equations = new ArrayList<>();
        for (Worksheet.Line line : sheet.lines()) {
            long[] equation = new long[entryOf.size()];
            boolean hasUnknown = addTo(equation, unknownOf[line.total()], 1);
            for (int part : line.parts()) {
                hasUnknown |= addTo(equation, unknownOf[part], ModularGaussJordan.MINUS_ONE);
            }
            if (hasUnknown) {
                equations.add(equation);
            }
        }
        ModularGaussJordan.reduce(equations, entryOf.size());

        List<Integer> determined = new ArrayList<>();
        for (long[] equation : equations) {
            int onlyUnknown = onlyUnknownIn(equation);
            if (onlyUnknown >= 0) {
                determined.add(entryOf.get(onlyUnknown));
            }
        }
        Collections.sort(determined);
        return determined;
    }

    private static boolean addTo(long[] equation, int unknown, long coefficient) {
        if (unknown < 0) {
            return false;
        }
        equation[unknown] = ModularGaussJordan.add(equation[unknown], coefficient);
        return true;
    }

    private static int onlyUnknownIn(long[] equation) {
        int only = -1;
        for (int i = 0; i < equation.length; i++) {
            if (equation[i] != 0) {
                if (only >= 0) {
                    return -1;
                }
                only = i;
            }
        }
        return only;
    }
}
