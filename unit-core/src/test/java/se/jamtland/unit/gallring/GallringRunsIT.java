package se.jamtland.unit.gallring;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import se.jamtland.unit.gallring.application.RunningGallring;
import se.jamtland.unit.testing.SettableClock;
import se.jamtland.unit.testing.UnitServiceTestBase;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 15, the job's own promises: a run that stops in the middle of a record is continued without deleting or
 * counting anything twice and without half a record left, and two replicas on one database started at once delete
 * each record once (as statistics' AggregateReplicasIT: two application contexts on one database). The first test
 * runs on 2031-01-01 (its cases are from 2025), the second on 2032-01-01 (its cases from 2026).
 */
@MicronautTest(environments = "unit", transactional = false)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GallringRunsIT extends UnitServiceTestBase {

    GallringRunsIT() {
        super("minimaria", "unit_core_gallring_runs");
    }

    @Inject
    SettableClock clock;

    @Inject
    RunningGallring gallring;

    private Map<String, String> properties;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("test.settable-clock", "true", "gallring.schedule.enabled", "false", "gallring.batch-size", "1");
    }

    @Override
    public Map<String, String> getProperties() {
        properties = super.getProperties();
        return properties;
    }

    private List<String> individualCases(int count, String birthYear) {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            codes.add(GallringFixture.individualCase(api, GallringFixture.personnummer(birthYear + "0310", "91" + i),
                    "Elvira", GallringFixture.GALLRAD_FAMILY_NAME, clockDay()));
        }
        return codes.stream().sorted().toList();
    }

    private String clockDay() {
        return java.time.LocalDate.now(clock).toString();
    }

    private int deletedBy(String runOn, String ruleId) {
        return ((Number) db.rows("SELECT g.deleted_count AS n FROM gallring_receipt g JOIN gallring_run r ON r.id = g.run_id"
                + " WHERE r.run_on = ? AND g.rule_id = ?", runOn, ruleId).get(0).get("n")).intValue();
    }

    @Test
    @Order(1)
    void a_run_that_stops_in_the_middle_of_a_record_is_continued_without_deleting_anything_twice_or_half() {
        clock.setTo("2025-09-20T10:00:00");
        List<String> cases = individualCases(3, "1990");
        String failing = cases.get(1);
        // The database fails on the second case's last row, after its person, guardians and journal were deleted
        // in the same transaction: as a crash there would, it must leave the whole record.
        db.execute("CREATE TRIGGER gallring_fails_here BEFORE DELETE ON case_file FOR EACH ROW BEGIN"
                + " IF OLD.case_code = '" + failing + "' THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'crash';"
                + " END IF; END");

        clock.setTo("2031-01-01T02:30:00");
        assertThatThrownBy(gallring::run).isInstanceOf(RuntimeException.class);
        assertThat(db.rows("SELECT state FROM gallring_run")).containsExactly(Map.of("state", "RUNNING"));
        assertThat(deletedBy("2031-01-01", "individual-case")).isEqualTo(1);
        assertThat(db.rows("SELECT 1 FROM case_file WHERE case_code = ?", cases.get(0))).isEmpty();
        assertThat(db.rows("SELECT 1 FROM case_person WHERE case_code = ?", failing)).hasSize(1);
        assertThat(db.rows("SELECT 1 FROM journal_note WHERE case_code = ?", failing)).hasSize(1);
        assertThat(db.rows("SELECT 1 FROM case_file WHERE case_code = ?", cases.get(2))).hasSize(1);

        db.execute("DROP TRIGGER gallring_fails_here");
        assertThat(gallring.run()).isEqualTo(RunningGallring.Result.RAN);
        assertThat(db.rows("SELECT state FROM gallring_run")).containsExactly(Map.of("state", "DONE"));
        assertThat(deletedBy("2031-01-01", "individual-case")).isEqualTo(3);
        for (String table : List.of("case_file", "case_person", "journal_note")) {
            assertThat(db.count(table)).as(table).isZero();
        }
    }

    @Test
    @Order(2)
    void two_replicas_started_at_once_on_one_database_delete_each_record_once() throws Exception {
        clock.setTo("2026-02-02T10:00:00");
        List<String> cases = individualCases(6, "1991");
        clock.setTo("2032-01-01T02:30:00");
        try (ApplicationContext other = ApplicationContext.run(new HashMap<String, Object>(properties), "unit")) {
            other.getBean(SettableClock.class).setTo("2032-01-01T02:30:00");
            RunningGallring otherGallring = other.getBean(RunningGallring.class);
            CountDownLatch start = new CountDownLatch(1);
            CompletableFuture<RunningGallring.Result> here = CompletableFuture.supplyAsync(() -> startWhen(start, gallring));
            CompletableFuture<RunningGallring.Result> there = CompletableFuture.supplyAsync(() -> startWhen(start, otherGallring));
            start.countDown();
            List<RunningGallring.Result> results = List.of(here.get(120, TimeUnit.SECONDS), there.get(120, TimeUnit.SECONDS));
            System.out.println("the two replicas' starts: " + results);
            assertThat(results).containsOnlyOnce(RunningGallring.Result.RAN);
            assertThat(results).containsAnyOf(RunningGallring.Result.ANOTHER_REPLICA_RUNS,
                    RunningGallring.Result.ALREADY_DONE_TODAY);
        }
        assertThat(db.rows("SELECT 1 FROM gallring_run WHERE run_on = '2032-01-01'")).hasSize(1);
        assertThat(deletedBy("2032-01-01", "individual-case")).isEqualTo(cases.size());
        assertThat(db.count("case_file")).isZero();
    }

    private static RunningGallring.Result startWhen(CountDownLatch start, RunningGallring job) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return job.run();
    }
}
