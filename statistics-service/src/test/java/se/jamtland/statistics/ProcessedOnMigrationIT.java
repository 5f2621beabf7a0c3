package se.jamtland.statistics;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import se.jamtland.testinfra.DatabaseServer;
import se.jamtland.testinfra.TestInfrastructure;
import se.jamtland.testsupport.Database;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V3 turns the ids counted under V1 (processed_at to the millisecond) into ids with a day, and keeps every one:
 * the day given is never earlier than the one it was counted, so the purge cannot drop an id a redelivery can
 * still bring.
 */
class ProcessedOnMigrationIT {

    @Test
    void ids_counted_before_v3_keep_their_id_and_get_the_day_after_their_moment_and_nothing_finer() {
        DatabaseServer server = TestInfrastructure.mariaDb();
        Database database = new Database(server.createDatabase("statistics_processed_on_migration"),
                server.username(), server.password());
        migrate(database, "1");
        database.execute("INSERT INTO processed_event (event_id, processed_at) VALUES"
                + " ('6f1c1e0a-6f7e-4b5e-9d1c-0a1b2c3d4e5f', '2025-10-07 23:59:59.999'),"
                + " ('7a2d2f1b-7a8f-4c6f-8e2d-1b2c3d4e5f60', '2025-10-08 00:00:00.000')");

        migrate(database, "latest");

        List<Map<String, Object>> rows = database.rows(
                "SELECT event_id AS id, processed_on AS day FROM processed_event ORDER BY event_id");
        assertThat(rows).extracting(row -> row.get("id") + " " + row.get("day")).containsExactly(
                "6f1c1e0a-6f7e-4b5e-9d1c-0a1b2c3d4e5f " + LocalDate.of(2025, 10, 8),
                "7a2d2f1b-7a8f-4c6f-8e2d-1b2c3d4e5f60 " + LocalDate.of(2025, 10, 9));
        assertThat(database.columns("processed_event")).containsExactly("event_id", "processed_on");
    }

    private static void migrate(Database database, String target) {
        Flyway.configure().dataSource(database.url(), database.user(), database.password())
                .locations("classpath:db/migration").target(target).load().migrate();
    }
}
