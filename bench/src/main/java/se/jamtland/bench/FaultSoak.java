package se.jamtland.bench;

import org.apache.kafka.common.TopicPartition;
import se.jamtland.devstack.ChildService;
import se.jamtland.devstack.RepoRoot;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The pipeline's faults, each many times over, with exactly-once checked after every trial: outbox = processed
 * = counted, and nothing in the dead-letter topic. A trial opens a few cases, puts a session load on cmv-service,
 * breaks one thing in the middle of it and mends it, stops the load, waits until the pipeline has settled and
 * compares both ends. The faults take turns, so each also meets what the others left behind.
 *
 * <ul>
 *   <li>{@link Fault#BROKER}: the Kafka broker really shut down (its port refuses connections) and started again;
 *   <li>{@link Fault#UNIT_KILL}: cmv-service killed with SIGKILL while a relay round holds its outbox rows;
 *   <li>{@link Fault#STATISTICS_KILL}: statistics-service killed with SIGKILL after its database commit and before
 *       its offset commit;
 *   <li>{@link Fault#DATABASE}: MariaDB stopped and started again while the load goes on.
 * </ul>
 *
 * <p>The two kills must land in a window of a few milliseconds. The bench watches for the window to open and
 * freezes the service (SIGSTOP) at once, so that it stays in the window while the bench checks and kills it; a
 * trial whose kill did not land in its window fails the run. How each check knows is at
 * {@link #killUnitInRelayRound} and {@link #killStatisticsBetweenCommits}.
 */
public final class FaultSoak {

    private static final Duration POLL = Duration.ofMillis(200);
    /** How long a kill waits for its window before the trial counts as not done (it fails the run). */
    private static final Duration WINDOW_WAIT = Duration.ofSeconds(20);

    enum Fault {
        BROKER("Kafka broker stopped and started"),
        UNIT_KILL("cmv-service SIGKILL in a relay round"),
        STATISTICS_KILL("statistics-service SIGKILL between DB and offset commit"),
        DATABASE("MariaDB stopped and started under load");

        final String title;

        Fault(String title) {
            this.title = title;
        }

        String property() {
            return "soak.trials." + name().toLowerCase().replace('_', '-');
        }
    }

    /**
     * @param trials         trials per fault: {@code soak.trials} for all, {@code soak.trials.broker},
     *                       {@code soak.trials.unit-kill}, {@code soak.trials.statistics-kill},
     *                       {@code soak.trials.database} for one
     * @param rate           sessions per second during a trial: {@code soak.rate}
     * @param connections    keep-alive connections for the load: {@code soak.connections}
     * @param loadBefore     load before the fault: {@code soak.beforeMillis}
     * @param down           how long the broker or MariaDB stays down: {@code soak.downMillis}
     * @param loadAfter      load after the fault is mended: {@code soak.afterMillis}
     * @param settleTimeout  how long the pipeline gets to count everything after a trial: {@code soak.settleSeconds}
     * @param javaOptions    extra JVM options for every service: {@code bench.javaOptions}
     */
    record Settings(Map<Fault, Integer> trials, int rate, int connections, Duration loadBefore, Duration down,
                    Duration loadAfter, Duration settleTimeout, List<String> javaOptions) {

        /** At least 50 trials of each fault (issue 9, § 5). */
        static Settings soak() {
            return new Settings(each(50), 40, 4, Duration.ofMillis(1500), Duration.ofMillis(2500),
                    Duration.ofMillis(1000), Duration.ofSeconds(120), List.of());
        }

        /** Two trials of each, short ones: CI runs this (BenchSmokeIT), within a few minutes on two cores. */
        static Settings smoke() {
            return new Settings(each(2), 30, 4, Duration.ofMillis(1000), Duration.ofMillis(1500),
                    Duration.ofMillis(500), Duration.ofSeconds(120), List.of());
        }

        static Settings fromSystemProperties() {
            Settings base = Boolean.getBoolean("bench.smoke") ? smoke() : soak();
            Integer all = Integer.getInteger("soak.trials");
            Map<Fault, Integer> trials = new EnumMap<>(Fault.class);
            for (Fault fault : Fault.values()) {
                trials.put(fault, Integer.getInteger(fault.property(), all != null ? all : base.trials().get(fault)));
            }
            String options = System.getProperty("bench.javaOptions", "").strip();
            return new Settings(trials,
                    Integer.getInteger("soak.rate", base.rate()),
                    Integer.getInteger("soak.connections", base.connections()),
                    Duration.ofMillis(Long.getLong("soak.beforeMillis", base.loadBefore().toMillis())),
                    Duration.ofMillis(Long.getLong("soak.downMillis", base.down().toMillis())),
                    Duration.ofMillis(Long.getLong("soak.afterMillis", base.loadAfter().toMillis())),
                    Duration.ofSeconds(Long.getLong("soak.settleSeconds", base.settleTimeout().toSeconds())),
                    options.isEmpty() ? List.of() : List.of(options.split("\\s+")));
        }

        Settings {
            trials = Collections.unmodifiableMap(new EnumMap<>(trials));
            javaOptions = List.copyOf(javaOptions);
            if (rate < 1 || connections < 1 || trials.values().stream().anyMatch(n -> n < 0)) {
                throw new IllegalArgumentException("Need soak.rate >= 1, soak.connections >= 1 and trials >= 0");
            }
        }

        private static Map<Fault, Integer> each(int count) {
            Map<Fault, Integer> trials = new EnumMap<>(Fault.class);
            for (Fault fault : Fault.values()) {
                trials.put(fault, count);
            }
            return trials;
        }

        private double trialSeconds() {
            return (loadBefore.toMillis() + down.toMillis() + loadAfter.toMillis()) / 1000.0;
        }
    }

    /**
     * One trial's result.
     *
     * @param lost        events the unit committed and the county never counted, new in this trial
     * @param doubled     counts beyond one per event, new in this trial
     * @param deadLetters records that reached the dead-letter topic in this trial
     * @param landed      whether the fault happened as meant (a kill inside its window, a port that refused)
     * @param evidence    what shows it, e.g. "3 events counted and their offsets not committed at the kill"
     */
    record Trial(Fault fault, int number, boolean settled, long lost, long doubled, long deadLetters,
                 boolean landed, String evidence, PipelineDb.Tally tally, double seconds) {

        boolean exactlyOnce() {
            return settled && lost == 0 && doubled == 0 && deadLetters == 0 && tally.exactlyOnce();
        }

        /** A trial whose fault did not land tested nothing, so it fails the run too. */
        boolean passed() {
            return landed && exactlyOnce();
        }
    }

    /** What a fault did: whether it landed as meant, and what shows it. */
    private record Injection(boolean landed, String evidence) {
    }

    /** Every trial of a run, in the order they ran. */
    record Outcome(List<Trial> trials) {

        boolean passed() {
            return trials.stream().allMatch(Trial::passed);
        }

        long count(Fault fault) {
            return trials.stream().filter(t -> t.fault() == fault).count();
        }
    }

    private final Settings settings;
    private final long began = System.nanoTime();
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    private PipelineStack stack;
    private PipelineDb db;
    private KafkaProbe kafka;
    private Signals signals;

    private FaultSoak(Settings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) throws Exception {
        Outcome outcome = run(RepoRoot.locate(), Settings.fromSystemProperties());
        if (!outcome.passed()) {
            throw new IllegalStateException("exactly-once FAILED, or a fault did not land, in some trial (see above); logs in"
                    + " bench/target/fault-soak/logs");
        }
    }

    /** A whole soak, from an empty work folder to everything stopped; a line per trial and a summary. */
    static Outcome run(Path root, Settings settings) throws Exception {
        Path work = root.resolve("bench/target/fault-soak");
        PipelineStack.prepareWork(work);
        FaultSoak soak = new FaultSoak(settings);
        try (PipelineStack stack = PipelineStack.start(root, work, settings.javaOptions(), soak.client, soak::say);
             PipelineDb db = stack.openDb()) {
            return trialsOn(stack, db, settings);
        }
    }

    /** The trials on a pipeline already started; it stays running. */
    static Outcome trialsOn(PipelineStack stack, PipelineDb db, Settings settings) throws Exception {
        FaultSoak soak = new FaultSoak(settings);
        soak.say(String.format("%d cores; trials %s; %d sessions/s over %d connections; %.1f s load before, %.1f s"
                        + " down, %.1f s after each fault", Runtime.getRuntime().availableProcessors(),
                settings.trials(), settings.rate(), settings.connections(), settings.loadBefore().toMillis() / 1e3,
                settings.down().toMillis() / 1e3, settings.loadAfter().toMillis() / 1e3));
        try (KafkaProbe kafka = new KafkaProbe(stack.kafka().bootstrapServers());
             Signals signals = new Signals()) {
            soak.stack = stack;
            soak.db = db;
            soak.kafka = kafka;
            soak.signals = signals;
            return soak.trials();
        }
    }

    private Outcome trials() throws Exception {
        // Everything flows once before the first fault: the topic exists, the consumer has joined its group.
        stack.openCases(1, 1);
        if (!settle(Duration.ofSeconds(120))) {
            throw new IllegalStateException("the pipeline did not count its first event within 120 s; see "
                    + stack.logs());
        }
        List<Trial> trials = new ArrayList<>();
        int rounds = settings.trials().values().stream().mapToInt(Integer::intValue).max().orElse(0);
        for (int round = 1; round <= rounds; round++) {
            for (Fault fault : Fault.values()) {
                if (round <= settings.trials().get(fault)) {
                    Trial trial = trial(fault, round);
                    trials.add(trial);
                    print(trial);
                }
            }
        }
        Outcome outcome = new Outcome(trials);
        summary(outcome);
        return outcome;
    }

    private Trial trial(Fault fault, int number) throws Exception {
        long started = System.nanoTime();
        PipelineDb.Tally before = db.tally();
        long deadBefore = kafka.deadLetters();
        int cases = (int) Math.ceil(settings.rate() * (settings.trialSeconds() + 10) / PipelineBench.SESSIONS_PER_CASE);
        List<String> caseCodes = stack.openCases(Math.max(1, cases), settings.connections());
        Map<TopicPartition, Long> topicAtStart = kafka.endOffsets();

        SessionLoad load = new SessionLoad(client, stack.cmv().baseUrl(), stack.staffToken(), caseCodes,
                settings.rate(), settings.connections(), 1);
        Injection injection;
        load.start();
        try {
            sleep(settings.loadBefore());
            injection = switch (fault) {
                case BROKER -> restartBroker();
                case UNIT_KILL -> killUnitInRelayRound(topicAtStart);
                case STATISTICS_KILL -> killStatisticsBetweenCommits();
                case DATABASE -> restartDatabase();
            };
            sleep(settings.loadAfter());
        } finally {
            load.stop();
        }
        boolean settled = settle(settings.settleTimeout());
        PipelineDb.Tally after = db.tally();
        return new Trial(fault, number, settled, after.lost() - before.lost(), after.doubled() - before.doubled(),
                kafka.deadLetters() - deadBefore, injection.landed(), injection.evidence(), after, (System.nanoTime() - started) / 1e9);
    }

    /** The broker's listener closes for real: checked by connecting to its port while it is down. */
    private Injection restartBroker() throws InterruptedException {
        stack.kafka().stopBroker();
        boolean refused = refusesConnections(stack.kafka().bootstrapServers());
        sleep(settings.down());
        long restarting = System.nanoTime();
        stack.kafka().startBroker();
        return new Injection(refused, String.format("port %s while down; broker back in %.1f s",
                refused ? "refused connections" : "STILL ANSWERED", (System.nanoTime() - restarting) / 1e9));
    }

    private Injection restartDatabase() throws InterruptedException {
        stack.mariaDb().stopServer();
        boolean refused = refusesConnections("127.0.0.1:" + stack.mariaDb().port());
        sleep(settings.down());
        long restarting = System.nanoTime();
        stack.mariaDb().startAgain();
        return new Injection(refused, String.format("port %s while down; MariaDB back in %.1f s",
                refused ? "refused connections" : "STILL ANSWERED", (System.nanoTime() - restarting) / 1e9));
    }

    /**
     * SIGKILL while a relay round holds outbox rows. How the bench knows it is in the round: it watches for
     * committed outbox rows that another transaction holds locked ({@link PipelineDb#rowsHeldByRelay}), freezes
     * cmv-service the moment it sees some, and kills it frozen. Whether the kill landed inside the round is then
     * checked after the fact, so no race can fool it: once MariaDB has seen the connection go and released the
     * rows, every one of them must still be unsent, that is, the round was rolled back, not committed. The
     * evidence also counts the round's rows already in the topic: those a restarted relay publishes a second
     * time, which the county must count once.
     */
    private Injection killUnitInRelayRound(Map<TopicPartition, Long> topicAtStart) throws Exception {
        ChildService cmv = stack.cmv();
        long deadline = System.nanoTime() + WINDOW_WAIT.toNanos();
        int attempts = 0;
        while (System.nanoTime() < deadline) {
            if (db.rowsHeldByRelay().isEmpty()) {
                continue;
            }
            attempts++;
            signals.freeze(cmv.pid());
            Map<Long, String> held = db.rowsHeldByRelay();
            if (held.isEmpty()) {
                // The round ended between the two looks.
                signals.resume(cmv.pid());
                continue;
            }
            Set<String> published = kafka.eventIdsBetween(topicAtStart, kafka.endOffsets());
            long publishedOfRound = held.values().stream().filter(published::contains).count();
            cmv.kill();
            awaitReleased(held.keySet());
            long rolledBack = db.unsentRows(held.keySet());
            long healthyMs = stack.restart(cmv);
            return new Injection(rolledBack == held.size(), String.format("a relay round held %d rows at the kill"
                    + " (attempt %d), %d of them rolled back, %d of them already in the topic; restarted in %.1f s",
                    held.size(), attempts, rolledBack, publishedOfRound, healthyMs / 1e3));
        }
        return new Injection(false, "NO relay round caught within " + WINDOW_WAIT.toSeconds() + " s (" + attempts
                + " attempts)");
    }

    /** Until MariaDB has ended the killed service's transaction and no one holds these rows any more. */
    private void awaitReleased(Set<Long> rows) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (db.rowsHeldByRelay().keySet().stream().anyMatch(rows::contains)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the killed relay's rows were still locked after 30 s");
            }
            sleep(Duration.ofMillis(20));
        }
    }

    /**
     * SIGKILL after the consumer's database commit and before its offset commit. How the bench knows: it
     * freezes statistics-service the moment processed_event grows (the commit of a batch), then, with the JVM
     * frozen, reads the group's committed offsets and the records after them; if any of those records' event ids
     * is already in processed_event, the batch is committed in the database and not in Kafka, so the kill lands
     * between the two. Otherwise (the offset commit went out first) it lets the service go on and waits for the
     * next batch. This relies on the topic holding no duplicates beyond the committed offsets when the trial
     * starts, which {@link #settle} makes sure of (it waits for a lag of zero).
     */
    private Injection killStatisticsBetweenCommits() throws Exception {
        ChildService statistics = stack.statistics();
        long deadline = System.nanoTime() + WINDOW_WAIT.toNanos();
        long seen = db.processedRows();
        int attempts = 0;
        while (System.nanoTime() < deadline) {
            long now = db.processedRows();
            if (now == seen) {
                continue;
            }
            attempts++;
            signals.freeze(statistics.pid());
            Map<TopicPartition, Long> committed = kafka.committedOffsets();
            Set<String> uncommitted = kafka.eventIdsBetween(committed, kafka.endOffsets());
            long countedNotCommitted = db.countedAmong(uncommitted);
            if (countedNotCommitted == 0) {
                signals.resume(statistics.pid());
                seen = db.processedRows();
                continue;
            }
            statistics.kill();
            // A killed consumer never leaves its group; see KafkaProbe.removeGroupMembers.
            kafka.removeGroupMembers();
            long healthyMs = stack.restart(statistics);
            return new Injection(true, String.format("%d events counted and their offsets not committed at the"
                    + " kill (attempt %d); restarted in %.1f s", countedNotCommitted, attempts, healthyMs / 1e3));
        }
        return new Injection(false, "NO batch caught between its commits within " + WINDOW_WAIT.toSeconds()
                + " s (" + attempts + " attempts)");
    }

    /**
     * Waits until every outbox row is sent and counted and the consumer has committed all it read (lag 0), so
     * the next trial starts from a clean state.
     *
     * @return false if that did not happen within {@code timeout}
     */
    private boolean settle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                PipelineDb.Tally tally = db.tally();
                if (db.unsentOutboxRows() == 0 && tally.joined() == tally.outbox() && kafka.lag() == 0) {
                    return true;
                }
            } catch (SQLException | IllegalStateException notYet) {
                // MariaDB or the broker still coming back: ask again.
            }
            sleep(POLL);
        }
        return false;
    }

    private static boolean refusesConnections(String hostAndPort) {
        String address = hostAndPort.split(",")[0];
        int colon = address.lastIndexOf(':');
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address.substring(0, colon),
                    Integer.parseInt(address.substring(colon + 1))), 1000);
            return false;
        } catch (ConnectException refused) {
            return true;
        } catch (IOException other) {
            return false;
        }
    }

    private void print(Trial trial) {
        say(String.format("%-56s %2d: %s %s; %s; %.1f s", trial.fault().title, trial.number(),
                trial.exactlyOnce() ? "exactly once" : "FAILED", trial.settled()
                        ? String.format("(lost %d, doubled %d, dead-lettered %d; %s)", trial.lost(), trial.doubled(),
                        trial.deadLetters(), trial.tally())
                        : "(did NOT settle within " + settings.settleTimeout().toSeconds() + " s; " + trial.tally()
                        + ")", trial.evidence(), trial.seconds()));
    }

    private void summary(Outcome outcome) {
        System.out.println();
        System.out.printf("%-56s %7s %7s %12s %6s %8s %13s%n", "fault", "trials", "landed", "exactly once", "lost",
                "doubled", "dead-lettered");
        for (Fault fault : Fault.values()) {
            List<Trial> trials = outcome.trials().stream().filter(t -> t.fault() == fault).toList();
            System.out.printf("%-56s %7d %7d %12d %6d %8d %13d%n", fault.title, trials.size(),
                    trials.stream().filter(Trial::landed).count(), trials.stream().filter(Trial::exactlyOnce).count(), trials.stream().mapToLong(Trial::lost).sum(),
                    trials.stream().mapToLong(Trial::doubled).sum(), trials.stream().mapToLong(Trial::deadLetters).sum());
        }
        System.out.println();
        System.out.println((outcome.passed() ? "PASS" : "FAIL") + " every fault landed, and exactly once held after"
                + " every trial");
    }

    private static void sleep(Duration duration) throws InterruptedException {
        TimeUnit.NANOSECONDS.sleep(duration.toNanos());
    }

    private void say(String message) {
        System.out.printf("fault soak [%7.1f s]: %s%n", (System.nanoTime() - began) / 1e9, message);
    }
}
