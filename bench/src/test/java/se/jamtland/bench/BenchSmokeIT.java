package se.jamtland.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import se.jamtland.devstack.RepoRoot;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every bench in its smoke mode, so a bench that no longer runs (a limit it does not lift, a route that changed,
 * a service that does not start) fails the build instead of the next person who needs the figures. The figures
 * are printed and never asserted: on a shared CI machine they mean little. What is asserted is that each run
 * finished and worked, and for the pipeline that every event was counted exactly once, after every fault too.
 * The services run as child JVMs from their target/classes and target/runtime-classpath.txt, which the reactor
 * writes before this module (bench depends on them for that).
 */
class BenchSmokeIT {

    private static final Path ROOT = RepoRoot.locate();

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void the_eligibility_bench_runs_its_smoke_mode_and_no_request_fails() throws Exception {
        assertThat(EligibilityBench.run(ROOT, EligibilityBench.Settings.smoke())).isTrue();
    }

    /** Staff intake on Mini-Maria (issue 9, 5b): every case created is one audit row, one event, counted once. */
    @Test
    @Timeout(value = 6, unit = TimeUnit.MINUTES)
    void the_intake_bench_runs_its_smoke_mode_and_every_case_is_logged_and_counted_exactly_once() throws Exception {
        IntakeBench.Result result = IntakeBench.run(new IntakeBench.Settings(4, 5, 0, true, false));

        assertThat(result.created()).as("cases created").isPositive();
        assertThat(result.exactlyOnce()).as("cases = audit rows (chain intact) = events = counted").isTrue();
    }

    /**
     * Issue 13's staff pages: 20 people logged in through the dev IdP's form at once, each working through the
     * round of pages (and a form's post) on cmv-service; every page and post answered as a browser expects.
     */
    @Test
    @Timeout(value = 4, unit = TimeUnit.MINUTES)
    void the_staff_pages_bench_runs_its_smoke_mode_with_20_staff_and_every_page_answers() throws Exception {
        StaffPagesBench.Result result = StaffPagesBench.run(StaffPagesBench.Settings.forSmoke());

        assertThat(result.failures()).as("unexpected answers by step and status").isEmpty();
        assertThat(result.pages()).as("every step of the round was timed")
                .allSatisfy(page -> assertThat(page.requests()).as(page.name()).isPositive());
        assertThat(result.baseline().requests()).isPositive();
    }

    /**
     * Issue 11's county volume on 20,000 events and six groupings: the topic loaded as the relays write it,
     * statistics-service (256 MB heap) catching up, every grouping answered (200, or a 4xx refusal as too fine),
     * the service alive at the end.
     */
    @Test
    @Timeout(value = 4, unit = TimeUnit.MINUTES)
    void the_county_volume_bench_runs_its_smoke_mode_counting_every_event_and_answering_every_grouping()
            throws Exception {
        assertThat(CountyVolumeBench.run(ROOT, ROOT.resolve("bench/target/county-volume-smoke"),
                CountyVolumeBench.Settings.smoke())).isTrue();
    }

    /**
     * The pipeline bench and then the fault trials on the same pipeline: one start of MariaDB, Kafka and the three
     * services instead of two keeps the smoke within its few minutes on two cores.
     */
    @Test
    @Timeout(value = 12, unit = TimeUnit.MINUTES)
    void the_pipeline_bench_then_each_fault_twice_and_every_event_is_counted_exactly_once() throws Exception {
        Path work = ROOT.resolve("bench/target/bench-smoke");
        PipelineStack.prepareWork(work);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        try (PipelineStack stack = PipelineStack.start(ROOT, work, List.of(), client,
                message -> System.out.println("bench smoke: " + message));
             PipelineDb db = stack.openDb()) {

            assertThat(PipelineBench.measureOn(stack, db, PipelineBench.Settings.smoke()))
                    .as("pipeline bench: exactly once").isTrue();

            FaultSoak.Outcome outcome = FaultSoak.trialsOn(stack, db, FaultSoak.Settings.smoke());
            for (FaultSoak.Fault fault : FaultSoak.Fault.values()) {
                assertThat(outcome.count(fault)).as(fault.title).isEqualTo(2);
            }
            assertThat(outcome.trials()).allSatisfy(trial -> {
                assertThat(trial.landed()).as("%s %d landed: %s", trial.fault().title, trial.number(),
                        trial.evidence()).isTrue();
                assertThat(trial.exactlyOnce()).as("%s %d exactly once: %s", trial.fault().title, trial.number(),
                        trial).isTrue();
            });
        }
    }
}
