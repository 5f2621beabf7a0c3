package se.jamtland.unit.gallring.model;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * One rule of the informationshanteringsplan: a class of record, its period and how it is counted, its legal
 * reference, and whether the nämnd has confirmed it ({@code status}, "att fastställa av nämnden" while not).
 *
 * @param appliedBy the service that holds the class and applies the rule, when it is not a unit service
 */
public record RetentionRule(String id, RecordClass recordClass, String description, Period period,
                            Counting counting, String reference, String status, Optional<ResearchSample> researchSample,
                            Optional<String> appliedBy) {

    /** The first day a record with this date may be gallrad. */
    public LocalDate dueOn(LocalDate anchor) {
        return counting.dueOn(anchor, period);
    }

    public boolean isDue(LocalDate anchor, LocalDate today) {
        return !dueOn(anchor).isAfter(today);
    }

    /**
     * The latest record date that is due by {@code today}, exactly: the counting's bound, stepped back to the last
     * day {@link #isDue} agrees with. The access log's segment ends there, to the day.
     */
    public LocalDate latestAnchorDueBy(LocalDate today) {
        LocalDate latest = counting.latestAnchorDueBy(today, period);
        while (!isDue(latest, today)) {
            latest = latest.minusDays(1);
        }
        return latest;
    }

    /** Whether a unit service applies this rule (the others are in the plan for completeness). */
    public boolean appliedByUnits() {
        return appliedBy.isEmpty();
    }
}
