package se.jamtland.statistics.disclosure;

/**
 * One named rule of small-cell suppression. Each hides more entries of the worksheet, never fewer, and says in its
 * documentation what a reader could work out without it. {@link SmallCellSuppression} runs them in order.
 */
interface SuppressionRule {

    /** @return whether the rule found anything to hide this time */
    boolean hideMore(Worksheet sheet);
}
