package se.jamtland.statistics.dashboard.ui;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import se.jamtland.statistics.consumer.CountingEvents;
import se.jamtland.statistics.report.StatisticsQuestions;

import java.util.Map;

/**
 * statistics-service with its dashboard on a database of the test's own, the county's March 2026 counted
 * ({@link DashboardFixture}) and the real eligibility-service's catalog; the use case the API answers from, to compare
 * the pages with.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DashboardTestBase implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;

    @Inject
    CountingEvents counting;

    @Inject
    StatisticsQuestions questions;

    private final String database;

    DashboardTestBase(String database) {
        this.database = database;
    }

    @Override
    public Map<String, String> getProperties() {
        return DashboardFixture.properties(database);
    }

    @BeforeAll
    void countTheCountysMarch() {
        counting.count(DashboardFixture.events());
    }

    String base() {
        return "http://localhost:" + server.getPort();
    }
}
