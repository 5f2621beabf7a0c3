package se.jamtland.unit.gallring.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules as a table: a record's date, what it holds, the day of the run, and what becomes of it. */
class GallringPoliciesTest {

    private static final RetentionRule INDIVIDUAL = new RetentionRule("individual-case", RecordClass.INDIVIDUAL_CASE,
            "Ärende på individnivå", Period.ofYears(5), Counting.LAST_ENTRY_PLUS_PERIOD_THEN_NEXT_CALENDAR_YEAR,
            "12 kap. 1 § SoL (2001:453)", "att fastställa av nämnden",
            Optional.of(new ResearchSample(Set.of(5, 15, 25), "7 kap. 2 § SoF (2001:937)")), Optional.empty());

    private static final RetentionRule DEIDENTIFIED = new RetentionRule("deidentified-case",
            RecordClass.DEIDENTIFIED_CASE, "Avidentifierat ärende", Period.ofYears(5),
            Counting.LAST_ENTRY_PLUS_PERIOD_THEN_NEXT_CALENDAR_YEAR, "12 kap. 1 § SoL (2001:453)",
            "att fastställa av nämnden", Optional.empty(), Optional.empty());

    @ParameterizedTest(name = "last entry {0}, born {1}, hold {2}, run on {3}: {4}")
    @CsvSource(nullValues = "-", textBlock = """
            # the period ends 2030-09-15; gallrad when 2031 begins, not on the day the five years end
            2025-09-15, 1995-03-10, -,         2030-09-15, NOT_YET_DUE
            2025-09-15, 1995-03-10, -,         2030-12-31, NOT_YET_DUE
            2025-09-15, 1995-03-10, -,         2031-01-01, GALLRA
            # a last entry on New Year's Eve: its five years end on 2030-12-31, so it too leaves on 2031-01-01
            2025-12-31, 1995-03-10, -,         2031-01-01, GALLRA
            # a last entry on New Year's Day waits a whole year more
            2026-01-01, 1995-03-10, -,         2031-12-31, NOT_YET_DUE
            2026-01-01, 1995-03-10, -,         2032-01-01, GALLRA
            # the research sample (SoF 7 kap. 2 §): born on the 5th, 15th, 25th
            2025-09-15, 1995-03-05, -,         2031-01-01, RESEARCH_SAMPLE
            2025-09-15, 1995-03-15, -,         2031-01-01, RESEARCH_SAMPLE
            2025-09-15, 1995-03-25, -,         2031-01-01, RESEARCH_SAMPLE
            2025-09-15, 1995-03-26, -,         2031-01-01, GALLRA
            # a hold keeps a due record; one not yet due is simply not due
            2025-09-15, 1995-03-10, COMPLAINT, 2031-01-01, HELD
            2025-09-15, 1995-03-10, COMPLAINT, 2030-06-01, NOT_YET_DUE
            """)
    void an_individual_record_leaves_stays_or_is_kept_as_the_rules_say(LocalDate lastEntry, LocalDate born,
                                                                         LegalHoldReason hold, LocalDate runOn,
                                                                         Verdict expected) {
        Candidate candidate = new Candidate("K7M2-Q9RT", lastEntry, Optional.ofNullable(hold), Optional.of(born));
        assertThat(GallringPolicies.decide(INDIVIDUAL, candidate, runOn)).isEqualTo(expected);
        // What a query selects by takes exactly the due records.
        assertThat(!lastEntry.isAfter(INDIVIDUAL.latestAnchorDueBy(runOn))).isEqualTo(INDIVIDUAL.isDue(lastEntry, runOn));
    }

    @ParameterizedTest(name = "a de-identified record of {0} on {1}: {2}")
    @CsvSource(textBlock = """
            2025-09-15, 2030-12-31, NOT_YET_DUE
            2025-09-15, 2031-01-01, GALLRA
            2025-09-05, 2031-01-01, GALLRA
            """)
    void a_record_without_an_identity_number_has_no_birth_day_and_is_never_in_the_research_sample(
            LocalDate lastEntry, LocalDate runOn, Verdict expected) {
        Candidate candidate = new Candidate("K7M2-Q9RT", lastEntry, Optional.empty(), Optional.empty());
        assertThat(GallringPolicies.decide(DEIDENTIFIED, candidate, runOn)).isEqualTo(expected);
        assertThat(GallringPolicies.decide(INDIVIDUAL, candidate, runOn)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "plus {1} from {0}: due on {2}")
    @CsvSource(textBlock = """
            2026-11-23, P8D, 2026-12-01
            2024-02-29, P5Y, 2029-02-28
            2026-01-31, P1M, 2026-02-28
            """)
    void a_plain_period_is_due_the_day_it_has_run(LocalDate anchor, String period, LocalDate due) {
        RetentionRule rule = new RetentionRule("statistics-processed-event", RecordClass.STATISTICS_PROCESSED_EVENT,
                "Händelse-id", Period.parse(period), Counting.PLUS_PERIOD, "teknisk uppgift", "fastställd",
                Optional.empty(), Optional.empty());
        assertThat(rule.dueOn(anchor)).isEqualTo(due);
        // Also a date the period reaches only by clipping at the month's end is selected on its day, not later.
        assertThat(rule.latestAnchorDueBy(due)).isAfterOrEqualTo(anchor);
        assertThat(rule.isDue(rule.latestAnchorDueBy(due), due)).isTrue();
        assertThat(rule.isDue(rule.latestAnchorDueBy(due).plusDays(1), due)).isFalse();
    }
}
