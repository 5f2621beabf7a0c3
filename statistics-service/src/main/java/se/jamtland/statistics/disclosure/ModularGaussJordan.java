package se.jamtland.statistics.disclosure;

import java.util.List;

/**
 * Gauss-Jordan elimination modulo the prime 2^31 - 1, so that every product fits in a {@code long}. It knows
 * nothing of tables: {@link HiddenValueSolver} turns the worksheet's lines into the equations it reduces.
 */
final class ModularGaussJordan {

    static final long PRIME = 2_147_483_647L;
    /** -1 modulo the prime: the coefficient of a part in {@code total - sum of parts}. */
    static final long MINUS_ONE = PRIME - 1;

    private ModularGaussJordan() {
    }

    static long add(long left, long right) {
        return (left + right) % PRIME;
    }

    /** Afterwards each pivot column is zero in every equation but its own. */
    static void reduce(List<long[]> equations, int unknowns) {
        int pivotRow = 0;
        for (int column = 0; column < unknowns && pivotRow < equations.size(); column++) {
            int found = pivotRow;
            while (found < equations.size() && equations.get(found)[column] == 0) {
                found++;
            }
            if (found == equations.size()) {
                continue;
            }
            long[] pivot = equations.get(found);
            equations.set(found, equations.get(pivotRow));
            equations.set(pivotRow, pivot);
            scale(pivot, inverse(pivot[column]));
            for (long[] equation : equations) {
                if (equation != pivot && equation[column] != 0) {
                    subtractMultiple(equation, pivot, equation[column]);
                }
            }
            pivotRow++;
        }
    }

    private static void scale(long[] equation, long factor) {
        for (int i = 0; i < equation.length; i++) {
            equation[i] = equation[i] * factor % PRIME;
        }
    }

    private static void subtractMultiple(long[] equation, long[] pivot, long factor) {
        for (int i = 0; i < equation.length; i++) {
            if (pivot[i] != 0) {
                equation[i] = Math.floorMod(equation[i] - factor * pivot[i] % PRIME, PRIME);
            }
        }
    }

    private static long inverse(long value) {
        // Fermat: value^(p-2) is the inverse of value modulo the prime p.
        long result = 1;
        long base = value;
        for (long exponent = PRIME - 2; exponent > 0; exponent >>= 1) {
            if ((exponent & 1) == 1) {
                result = result * base % PRIME;
            }
            base = base * base % PRIME;
        }
        return result;
    }
}
