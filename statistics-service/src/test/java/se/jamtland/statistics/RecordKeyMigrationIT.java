package se.jamtland.statistics;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import se.jamtland.testinfra.DatabaseServer;
import se.jamtland.testinfra.TestInfrastructure;
import se.jamtland.testsupport.Database;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Migration V2 on a database that already holds aggregates (counted before record keys existed): every row gets a
 * key sum of its own in [0, 2^32), drawn by the server's random generator, and later counts add to it.
 */
class RecordKeyMigrationIT {

    private static final int ROWS = 200;

    @Test
    void rows_counted_before_record_keys_each_get_a_random_key_sum_below_two_to_the_32() {
        DatabaseServer server = TestInfrastructure.mariaDb();
        String url = server.createDatabase("statistics_record_key_migration");
        Database db = new Database(url, server.username(), server.password());
        migrate(url, server, "1");
        for (int row = 0; row < ROWS; row++) {
            db.execute("INSERT INTO activity_count (month, unit, insats, kind, kommun, age_band, gender, channel,"
                    + " closure, events, participants) VALUES ('2025-09', 'cmv', 'cmv-kast', 'SESSION_HELD', '2380',"
                    + " '30-49', 'male', ?, 'none', 3, 3)", "c" + row);
        }

        migrate(url, server, "2");

        List<Map<String, Object>> sums = db.rows("SELECT record_key_sum AS k FROM activity_count");
        List<Long> keySums = sums.stream().map(row -> ((Number) row.get("k")).longValue()).toList();
        assertThat(keySums).hasSize(ROWS).allSatisfy(sum -> assertThat(sum).isBetween(0L, (1L << 32) - 1));
        // Uniform draws: all but a rare pair distinct, and spread over the whole range (a mean near 2^31).
        assertThat(keySums.stream().distinct().count()).isGreaterThan(ROWS - 2);
        double mean = keySums.stream().mapToLong(Long::longValue).average().orElseThrow();
        assertThat(mean / (1L << 32)).isBetween(0.35, 0.65);
        assertThat(db.columns("activity_count")).contains("record_key_sum");
    }

    private static void migrate(String url, DatabaseServer server, String version) {
        Flyway.configure().dataSource(url, server.username(), server.password()).locations("classpath:db/migration")
                .target(version).load().migrate();
    }
}
