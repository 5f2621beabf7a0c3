package se.jamtland.statistics.disclosure;

import java.util.Optional;

/**
 * Secondary suppression one line at a time, repeated until no line changes: no line may give one of its hidden
 * values away ({@link Leak}). Such a line gets its smallest shown non-zero part hidden as well (ties broken by key
 * order), or its total when it has no such part.
 */
final class LineRule implements SuppressionRule {

    /** How a single line gives a hidden value away. */
    enum Leak {
        /** Exactly one hidden member: the other members give it back by subtraction (a hidden total by addition). */
        ONE_HIDDEN_MEMBER,
        /** A shown total whose hidden parts add up to their own number: zero is shown, so each of them must be 1. */
        HIDDEN_PARTS_ALL_ONE
    }

    @Override
    public boolean hideMore(Worksheet sheet) {
        boolean hid = false;
        boolean changed;
        do {
            changed = false;
            for (Worksheet.Line line : sheet.lines()) {
                while (leak(sheet, line).isPresent()) {
                    sheet.hide(nextToHide(sheet, line));
                    changed = true;
                }
            }
            hid |= changed;
        } while (changed);
        return hid;
    }

    static Optional<Leak> leak(Worksheet sheet, Worksheet.Line line) {
        int hiddenParts = 0;
        long hiddenSum = 0;
        for (int part : line.parts()) {
            if (sheet.hidden(part)) {
                hiddenParts++;
                hiddenSum += sheet.value(part);
            }
        }
        boolean totalHidden = sheet.hidden(line.total());
        if (hiddenParts + (totalHidden ? 1 : 0) == 1) {
            return Optional.of(Leak.ONE_HIDDEN_MEMBER);
        }
        if (!totalHidden && hiddenParts >= 2 && hiddenSum == hiddenParts) {
            return Optional.of(Leak.HIDDEN_PARTS_ALL_ONE);
        }
        return Optional.empty();
    }

    /** The smallest shown non-zero part costs the reader least; without one, only the total is left to hide. */
    private static int nextToHide(Worksheet sheet, Worksheet.Line line) {
        int chosen = -1;
        for (int part : line.parts()) {
            chosen = sheet.smallerShownNonZero(chosen, part);
        }
        if (chosen >= 0) {
            return chosen;
        }
        if (!sheet.hidden(line.total())) {
            return line.total();
        }
        throw new IllegalStateException("A line with a hidden total and no shown non-zero part cannot give a value away");
    }
}
