package se.jamtland.statistics;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import se.jamtland.events.ActivityEvent;
import se.jamtland.statistics.consumer.CountingEvents;
import se.jamtland.statistics.report.AggregateFixture;
import se.jamtland.statistics.report.AggregateReader;
import se.jamtland.statistics.report.SqlAggregates;
import se.jamtland.statistics.report.StatisticsQuery;
import se.jamtland.testsupport.Database;
import se.jamtland.testsupport.TestIdp;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 11, several replicas on one database: a replica that does not consume what changed (here: no replica
 * consumes; this test's replica counts through its own {@link CountingEvents}, as its consumer would) sees it
 * within its refresh interval (1 s) plus one read of the changed rows without being asked anything, and at once
 * when asked, and both replicas publish the same numbers.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AggregateReplicasIT implements TestPropertyProvider {

    /** The refresh interval (application.yml's default) and what a loaded 2-core machine may add to it. */
    private static final Duration BOUND = Duration.ofSeconds(1).plusMillis(1_500);
    private static final long SEED = 11;

    @Inject
    CountingEvents counting;

    @Inject
    AggregateReader aggregates;

    @Inject
    @Client("/")
    HttpClient http;

    private Map<String, String> properties;
    private Database database;

    /** A replica on its own database that consumes nothing: only what the test counts is in it. */
    static Map<String, String> answeringOnly(String database) {
        Map<String, String> properties = StatisticsTestProperties.forDatabase(database);
        properties.put("statistics.consumer.enabled", "false");
        StatisticsTestProperties.withoutRateLimit(properties);
        return properties;
    }

    @Override
    public Map<String, String> getProperties() {
        properties = answeringOnly("statistics_aggregate_replicas");
        database = Database.of(properties);
        return properties;
    }

    /** In batches, as the consumer counts them. */
    private void count(List<ActivityEvent> events) {
        AggregateFixture.inBatches(events).forEach(counting::count);
    }

    private long committedRevision() {
        return ((Number) database.rows("SELECT revision FROM aggregate_revision").get(0).get("revision")).longValue();
    }

    private static Map<String, Object> published(HttpClient client, String uri) {
        return client.toBlocking().retrieve(HttpRequest.GET(uri).bearerAuth(TestIdp.statistician()),
                Argument.mapOf(String.class, Object.class));
    }

    @Test
    void a_replica_sees_what_another_counted_within_its_refresh_interval_and_publishes_the_same_numbers() {
        AggregateFixture fixture = new AggregateFixture(SEED);
        count(fixture.events(2_000));

        try (EmbeddedServer other = ApplicationContext.run(EmbeddedServer.class,
                     new HashMap<String, Object>(properties), "test");
             HttpClient otherHttp = HttpClient.create(other.getURL())) {
            AggregateReader otherAggregates = other.getApplicationContext().getBean(AggregateReader.class);
            // Loaded at its start, everything counted before it.
            await().atMost(Duration.ofSeconds(20)).until(otherAggregates::loaded);
            assertThat(otherAggregates.rowsHeld()).isEqualTo(database.count("activity_count"));

            count(fixture.events(1_000));
            long committed = committedRevision();
            long counted = System.nanoTime();
            await().atMost(BOUND).pollInterval(Duration.ofMillis(20))
                    .until(() -> otherAggregates.revision() >= committed);
            System.out.printf("the other replica held revision %d %d ms after it was committed%n", committed,
                    (System.nanoTime() - counted) / 1_000_000);
            for (int i = 0; i < 50; i++) {
                StatisticsQuery query = fixture.query();
                assertThat(otherAggregates.read(query)).as("%s", query).isEqualTo(SqlAggregates.read(database, query));
            }

            // Asked at once after a commit, it reads the change first: no answer misses a committed batch.
            count(fixture.events(500));
            String question = "/statistics?from=2025-07&to=2026-02&groupBy=unit,insats,kommun";
            assertThat(published(otherHttp, question)).isEqualTo(published(http, question));
            assertThat(otherAggregates.revision()).isEqualTo(committedRevision());
        }
    }
}
