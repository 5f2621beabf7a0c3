package se.jamtland.unit.gallring.model;

import java.time.LocalDate;
import java.time.Period;

/** How a rule's period is counted from a record's date to the day it is gallrad. */
public enum Counting {

    /**
     * 12 kap. 1 § SoL (2001:453): gallras fem år efter sista anteckningen, "avslutad senast kalenderåret efter":
     * the record leaves on the first day of the calendar year after the period ran out.
     */
    LAST_ENTRY_PLUS_PERIOD_THEN_NEXT_CALENDAR_YEAR {
        @Override
        public LocalDate dueOn(LocalDate anchor, Period period) {
            return LocalDate.of(anchor.plus(period).getYear() + 1, 1, 1);
        }

        @Override
        public LocalDate latestAnchorDueBy(LocalDate today, Period period) {
            return LocalDate.of(today.getYear() - 1, 12, 31).minus(period).plusDays(MONTH_END_MARGIN);
        }
    },

    /** The record leaves the day its period has run. */
    PLUS_PERIOD {
        @Override
        public LocalDate dueOn(LocalDate anchor, Period period) {
            return anchor.plus(period);
        }

        @Override
        public LocalDate latestAnchorDueBy(LocalDate today, Period period) {
            return today.minus(period).plusDays(MONTH_END_MARGIN);
        }
    };

    /**
     * Adding a period clips at a month's end (2024-02-29 plus five years is 2029-02-28, January 31 plus a month is
     * February 28), so subtracting it back can land up to three days early: the selection reaches that far further,
     * and {@link #dueOn} decides.
     */
    private static final int MONTH_END_MARGIN = 3;

    /** The first day the record with this date may be gallrad. */
    public abstract LocalDate dueOn(LocalDate anchor, Period period);

    /**
     * A record date at least as late as any that is due by {@code today}: what a query selects candidates by, so it
     * never misses one. Each candidate is still decided by {@link #dueOn}, which is the rule.
     */
    public abstract LocalDate latestAnchorDueBy(LocalDate today, Period period);
}
