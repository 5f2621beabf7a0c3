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
            return LocalDate.of(today.getYear() - 1, 12, 31).minus(period);
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
            return today.minus(period);
        }
    };

    /** The first day the record with this date may be gallrad. */
    public abstract LocalDate dueOn(LocalDate anchor, Period period);

    /**
     * The latest record date that is due by {@code today}: what a query selects candidates by. Each candidate is
     * still decided by {@link #dueOn}, which is the rule.
     */
    public abstract LocalDate latestAnchorDueBy(LocalDate today, Period period);
}
