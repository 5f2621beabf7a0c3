package se.jamtland.statistics;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import se.jamtland.statistics.consumer.CountingEvents;
import se.jamtland.statistics.disclosure.StatisticsTable;
import se.jamtland.statistics.report.AggregateFixture;
import se.jamtland.statistics.report.AggregateReader;
import se.jamtland.statistics.report.SqlAggregates;
import se.jamtland.statistics.report.StatisticsQuery;
import se.jamtland.events.ActivityEvent;
import se.jamtland.testsupport.Database;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11: the aggregates held in memory answer every question exactly as the SQL {@code GROUP BY} did: the same
 * cells, counts and key sums (so the Cell Key Method publishes the same numbers), in the same order, over random
 * groupings, periods, filters and measures, after new rows and after rows counted into again. Events are counted
 * by the service's own {@link CountingEvents} (no consumer runs: nothing else of the shared topic gets in).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AggregateViewIT implements TestPropertyProvider {

    private static final int QUESTIONS = 300;
    private static final long SEED = 20261201;

    @Inject
    CountingEvents counting;

    @Inject
    AggregateReader aggregates;

    private Database database;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = AggregateReplicasIT.answeringOnly("statistics_aggregate_view");
        database = Database.of(properties);
        return properties;
    }

    /** In batches, as the consumer counts them. */
    private void count(List<ActivityEvent> events) {
        AggregateFixture.inBatches(events).forEach(counting::count);
    }

    private void everyAnswerIsTheSqlAnswer(AggregateFixture questions) {
        int withCells = 0;
        for (int i = 0; i < QUESTIONS; i++) {
            StatisticsQuery query = questions.query();
            StatisticsTable inMemory = aggregates.read(query);
            assertThat(inMemory).as("%s", query).isEqualTo(SqlAggregates.read(database, query));
            withCells += inMemory.cells().isEmpty() ? 0 : 1;
        }
        // Most questions find something: the comparison is over cells, not over empty tables.
        assertThat(withCells).isGreaterThan(QUESTIONS / 2);
    }

    @Test
    void the_aggregates_in_memory_answer_every_random_question_as_the_database_does() {
        AggregateFixture fixture = new AggregateFixture(SEED);
        count(fixture.events(3_000));
        everyAnswerIsTheSqlAnswer(fixture);
        long rows = aggregates.rowsHeld();
        assertThat(rows).isEqualTo(database.count("activity_count"));

        // The first 2,000 profiles again (same seed, new event ids): counted into rows held already, whose counts
        // and key sums change while no row is added.
        count(new AggregateFixture(SEED).events(2_000));
        assertThat(aggregates.rowsHeld()).isEqualTo(rows);
        everyAnswerIsTheSqlAnswer(fixture);

        // And new profiles: new rows.
        count(fixture.events(1_000));
        everyAnswerIsTheSqlAnswer(fixture);
        assertThat(aggregates.rowsHeld()).isGreaterThan(rows).isEqualTo(database.count("activity_count"));
    }
}
