package se.jamtland.bench;

import io.micronaut.json.JsonMapper;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import se.jamtland.devstack.ChildService;
import se.jamtland.devstack.RepoRoot;
import se.jamtland.events.ActivityEvent;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Issue 11, "county volume, bounded memory": a county's worth of activity events (1,000,000 over 18 months by
 * default) written straight onto {@code county.activity.v1}, as the units' relays would write them, while
 * statistics-service is stopped; then statistics-service (256 MB heap and {@code ExitOnOutOfMemoryError}, as
 * deployed) started and timed while it catches up; then every grouping of one to four of the eight dimensions
 * asked for the whole period, several times each; then the service's heap.
 *
 * <p>The run fails (non-zero exit) when the service dies, when not every event is counted, when a request gets
 * anything but an answer (200, or a 4xx problem refusing a grouping as too fine), or when a goal is not met:
 * at least 1,000 events/s counted while catching up (5 x the pipeline's 200 events/s), p95 at most 200 ms.
 * MariaDB and Kafka run embedded in this JVM (work files in {@code bench/target/county-volume/}).
 */
public final class CountyVolumeBench {

    static final YearMonth FIRST_MONTH = YearMonth.of(2025, 7);
    static final double RATE_GOAL = 1_000;
    static final double P95_GOAL_MS = 200;
    /** The eight dimensions statistics-service groups by, in its order (report/Dimension). */
    static final List<String> DIMENSIONS = List.of(
            "month", "unit", "insats", "kind", "kommun", "ageBand", "gender", "channel");
    private static final Duration STALLED = Duration.ofSeconds(120);

    private final Settings settings;
    private final long began = System.nanoTime();
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private PipelineStack stack;

    /**
     * @param events              events written onto the topic: {@code bench.events}
     * @param months              months they fall in, from 2025-07: {@code bench.months}
     * @param maxDimensions       groupings of 1 up to this many dimensions: {@code bench.maxDimensions}
     * @param groupingLimit       at most this many groupings, taken evenly over all of them (0: all):
     *                            {@code bench.groupings}
     * @param requestsPerGrouping timed requests per grouping: {@code bench.requests}
     * @param warmupRequests      untimed requests first (the one-dimension groupings in turn):
     *                            {@code bench.warmupRequests}
     * @param requestTimeout      seconds a request may take before it counts as not answered:
     *                            {@code bench.requestTimeoutSeconds}
     * @param slowSeconds         a grouping whose answer took longer is not asked again (its figure is far past the
     *                            goal already): {@code bench.slowSeconds}
     * @param maxFailedGroupings  after this many groupings not answered, the rest are not asked, so that a
     *                            service that cannot answer does not keep the run going for hours:
     *                            {@code bench.maxFailedGroupings}
     * @param pollMillis          how often SUM(events) is read while the service catches up: {@code bench.pollMillis}
     * @param seed                of the made-up events, so runs compare: {@code bench.seed}
     * @param javaOptions         extra JVM options for statistics-service: {@code bench.javaOptions}
     * @param goals               whether the figures decide the run (the smoke's decide nothing)
     */
    record Settings(int events, int months, int maxDimensions, int groupingLimit, int requestsPerGrouping,
                    int warmupRequests, int requestTimeout, int slowSeconds, int maxFailedGroupings,
                    int pollMillis, long seed, List<String> javaOptions, boolean goals, int dashboardRequests,
                    int dashboardWarmups) {

        static Settings full() {
            return new Settings(1_000_000, 18, 4, 0, 5, 40, 30, 5, 10, 1000, 11, List.of(), true, 20, 3);
        }

        /**
         * Seconds, not minutes, for BenchSmokeIT: every phase runs on 20,000 events and six groupings (one of each
         * size and the widest), so the bench cannot rot; on a shared CI machine the figures decide nothing.
         */
        static Settings smoke() {
            return new Settings(20_000, 18, 4, 6, 2, 4, 60, 5, 6, 200, 11, List.of(), false, 3, 1);
        }

        static Settings fromSystemProperties() {
            Settings base = Boolean.getBoolean("bench.smoke") ? smoke() : full();
            String options = System.getProperty("bench.javaOptions", "").strip();
            return new Settings(
                    Integer.getInteger("bench.events", base.events()),
                    Integer.getInteger("bench.months", base.months()),
                    Integer.getInteger("bench.maxDimensions", base.maxDimensions()),
                    Integer.getInteger("bench.groupings", base.groupingLimit()),
                    Integer.getInteger("bench.requests", base.requestsPerGrouping()),
                    Integer.getInteger("bench.warmupRequests", base.warmupRequests()),
                    Integer.getInteger("bench.requestTimeoutSeconds", base.requestTimeout()),
                    Integer.getInteger("bench.slowSeconds", base.slowSeconds()),
                    Integer.getInteger("bench.maxFailedGroupings", base.maxFailedGroupings()),
                    Integer.getInteger("bench.pollMillis", base.pollMillis()),
                    Long.getLong("bench.seed", base.seed()),
                    options.isEmpty() ? List.of() : List.of(options.split("\\s+")),
                    base.goals(),
                    Integer.getInteger("bench.dashboardRequests", base.dashboardRequests()),
                    Integer.getInteger("bench.dashboardWarmups", base.dashboardWarmups()));
        }

        Settings {
            javaOptions = List.copyOf(javaOptions);
            if (events < 1 || months < 1 || maxDimensions < 1 || maxDimensions > DIMENSIONS.size()
                    || groupingLimit < 0 || requestsPerGrouping < 1 || warmupRequests < 0 || requestTimeout < 1
                    || slowSeconds < 1 || maxFailedGroupings < 1 || pollMillis < 10 || dashboardRequests < 1
                    || dashboardWarmups < 0) {
                throw new IllegalArgumentException("Need bench.events, bench.months, bench.requests,"
                        + " bench.requestTimeoutSeconds, bench.slowSeconds and bench.maxFailedGroupings >= 1,"
                        + " 1 <= bench.maxDimensions <= 8, bench.groupings >= 0, bench.warmupRequests >= 0 and"
                        + " bench.pollMillis >= 10");
            }
        }

        YearMonth lastMonth() {
            return FIRST_MONTH.plusMonths(months - 1L);
        }
    }

    private CountyVolumeBench(Settings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) throws Exception {
        if (!run(RepoRoot.locate(), Settings.fromSystemProperties())) {
            throw new IllegalStateException("county volume bench FAILED (see above); logs in"
                    + " bench/target/county-volume/logs");
        }
    }

    /**
     * One whole run, from an empty work folder to everything stopped; the figures go to standard output.
     *
     * @return whether the run held: the service lived, every event counted, every request answered, and with
     *         {@link Settings#goals()} the goals met
     */
    static boolean run(Path root, Settings settings) throws Exception {
        return run(root, root.resolve("bench/target/county-volume"), settings);
    }

    static boolean run(Path root, Path work, Settings settings) throws Exception {
        PipelineStack.prepareWork(work);
        CountyVolumeBench bench = new CountyVolumeBench(settings);
        List<String> options = new ArrayList<>(settings.javaOptions());
        // Every GC with the heap before and after: the peak the service reached, from its own JVM (%p: per start).
        options.add("-Xlog:gc:file=" + work.resolve("logs/statistics-service-gc-%p.log"));
        try (PipelineStack county = PipelineStack.startCounty(root, work, options, bench.client, bench::say);
             PipelineDb db = county.openDb()) {
            bench.stack = county;
            return bench.measure(root, db);
        }
    }

    private boolean measure(Path root, PipelineDb db) throws Exception {
        say(String.format("%d cores; %,d events over %d months (%s to %s); groupings of 1 to %d dimensions,"
                        + " %d requests each", Runtime.getRuntime().availableProcessors(), settings.events(),
                settings.months(), FIRST_MONTH, settings.lastMonth(), settings.maxDimensions(),
                settings.requestsPerGrouping()));
        say("stopping statistics-service, so the whole volume waits on the topic as after an outage");
        stack.stopStatistics();
        Load load = load(new CountyEvents(root, FIRST_MONTH, settings.months(), settings.seed()));
        CatchUp catchUp = catchUp(db);
        List<CountyVolumeReport.GroupingResult> groupings = catchUp.complete() ? groupings(db) : List.of();
        // The county dashboard over the same volume (issue 14), while the service holds it all.
        DashboardViews.Result dashboard = catchUp.complete() && stack.statistics().isAlive()
                ? DashboardViews.measure(client, stack.statistics().baseUrl(), stack.statisticianToken(), FIRST_MONTH,
                settings.lastMonth(), settings.dashboardRequests(), settings.dashboardWarmups(), this::say) : null;
        Heap heap = heap();
        long rows = db.aggregateRows();
        Reload reload = catchUp.complete() && stack.statistics().isAlive() ? reload() : null;
        boolean held = new CountyVolumeReport(settings, load, catchUp, rows, groupings, heap, reload, stack.logs())
                .print();
        if (dashboard == null) {
            System.out.println("dashboard views: NOT ASKED (the service did not catch up or is not running)");
            return false;
        }
        dashboard.print();
        return held && dashboard.failure() == null && (!settings.goals() || dashboard.goalMet());
    }

    /**
     * A start on the whole county's aggregates: statistics-service holds them in memory and is not ready
     * ({@code /health} 503) before it has loaded them all.
     *
     * @param readyMs       start to the first 200 on {@code /health}
     * @param widestAnswer  the last grouping of the run asked once right after, or null if it was not answered
     */
    record Reload(long readyMs, Answer widestAnswer) {
    }

    private Reload reload() throws Exception {
        say("starting statistics-service again on the whole county's aggregates, which it loads before it is ready");
        stack.stopStatistics();
        long readyMs = stack.restart(stack.statistics());
        Answer answer = ask(widestGrouping(settings.maxDimensions()));
        return new Reload(readyMs, answer.status() == 200 ? answer : null);
    }

    /** What was written onto the topic, and how fast (the bench's producer, not a figure of the service). */
    record Load(long events, double seconds, long failed, String firstError) {
    }

    /**
     * The producer as the relays configure theirs (acks=all, idempotent, the event's key and JSON), with larger
     * batches, since one producer writes here what four units write over 18 months.
     */
    private Load load(CountyEvents events) throws Exception {
        say(String.format("writing %,d events onto %s (%d insatser of the catalog) ...", settings.events(),
                ActivityEvent.TOPIC, events.insatser().size()));
        JsonMapper json = JsonMapper.createDefault();
        AtomicLong failed = new AtomicLong();
        AtomicReference<String> firstError = new AtomicReference<>();
        long started = System.nanoTime();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafka().bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 20,
                ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            for (int i = 0; i < settings.events(); i++) {
                ActivityEvent event = events.next(Instant.now());
                producer.send(new ProducerRecord<>(ActivityEvent.TOPIC, event.key(), json.writeValueAsString(event)),
                        (metadata, error) -> {
                            if (error != null) {
                                failed.incrementAndGet();
                                firstError.compareAndSet(null, error.toString());
                            }
                        });
            }
            producer.flush();
        }
        Load load = new Load(settings.events(), (System.nanoTime() - started) / 1e9, failed.get(), firstError.get());
        say(String.format("written in %.1f s (%.0f events/s); %d failed", load.seconds(),
                load.events() / load.seconds(), load.failed()));
        return load;
    }

    /**
     * The catch-up: statistics-service started again; SUM(events) read every {@code pollMillis} until all are
     * counted, the service dies, or nothing moves for two minutes.
     *
     * @param samples    (nanos since the restart, SUM(events)) at every poll
     * @param healthyMs  restart to healthy
     * @param died       the exit code if the service died meanwhile, else null
     */
    record CatchUp(long expected, List<long[]> samples, long healthyMs, Integer died, String cpu) {

        CatchUp {
            samples = List.copyOf(samples);
        }

        long counted() {
            return samples.isEmpty() ? 0 : samples.get(samples.size() - 1)[1];
        }

        boolean complete() {
            return died == null && counted() == expected;
        }

        /** The first poll that saw anything counted, and the first that saw everything; null without them. */
        long[] first() {
            return samples.stream().filter(s -> s[1] > 0).findFirst().orElse(null);
        }

        long[] last() {
            return samples.stream().filter(s -> s[1] == counted()).findFirst().orElse(null);
        }

        /** Events/s from the first poll that saw a count to the first that saw the last one. */
        double rate() {
            long[] first = first();
            long[] last = last();
            return first == null || last == null || last[0] <= first[0] ? Double.NaN
                    : (last[1] - first[1]) / ((last[0] - first[0]) / 1e9);
        }

        /** The slowest stretch of {@code seconds} between the first and the last count: "stays at least". */
        double slowestWindowRate(double seconds) {
            long[] first = first();
            long[] last = last();
            double slowest = Double.NaN;
            if (first == null || last == null) {
                return slowest;
            }
            long window = (long) (seconds * 1e9);
            for (int i = samples.indexOf(first); i < samples.size(); i++) {
                long[] from = samples.get(i);
                for (int j = i + 1; j < samples.size() && samples.get(j - 1)[0] <= last[0]; j++) {
                    long[] to = samples.get(j);
                    if (to[0] - from[0] >= window) {
                        double rate = (to[1] - from[1]) / ((to[0] - from[0]) / 1e9);
                        slowest = Double.isNaN(slowest) ? rate : Math.min(slowest, rate);
                        break;
                    }
                }
            }
            return slowest;
        }
    }

    private CatchUp catchUp(PipelineDb db) throws Exception {
        say("starting statistics-service again; it catches up on the backlog");
        CpuSampler.Sample cpuStart = CpuSampler.take(stack::childName);
        long restarted = System.nanoTime();
        long healthyMs = stack.restart(stack.statistics());
        List<long[]> samples = new ArrayList<>();
        long lastChange = System.nanoTime();
        long previous = -1;
        Integer died = null;
        long nextReport = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            long counted = db.countedEventsInAggregates();
            long now = System.nanoTime();
            samples.add(new long[]{now - restarted, counted});
            if (counted != previous) {
                previous = counted;
                lastChange = now;
            }
            if (!stack.statistics().isAlive()) {
                died = exitCode();
                say("statistics-service DIED while catching up (exit code " + died + ")");
                break;
            }
            if (counted >= settings.events() || now - lastChange > STALLED.toNanos()) {
                break;
            }
            if (now > nextReport) {
                say(String.format("%,d of %,d counted", counted, settings.events()));
                nextReport = now + TimeUnit.SECONDS.toNanos(30);
            }
            PipelineStack.sleep(Duration.ofMillis(settings.pollMillis()));
        }
        CatchUp catchUp = new CatchUp(settings.events(), samples, healthyMs, died,
                CpuSampler.between(cpuStart, CpuSampler.take(stack::childName)));
        say(String.format("%,d of %,d counted; %.0f events/s from the first to the last counted", catchUp.counted(),
                settings.events(), catchUp.rate()));
        return catchUp;
    }

    /** Every grouping of 1 to {@code maxDimensions} dimensions, smallest first, in the dimensions' order. */
    static List<List<String>> allGroupings(int maxDimensions) {
        List<List<String>> all = new ArrayList<>();
        for (int size = 1; size <= maxDimensions; size++) {
            addCombinations(all, new ArrayList<>(), 0, size);
        }
        return all;
    }

    private static void addCombinations(List<List<String>> all, List<String> chosen, int from, int size) {
        if (chosen.size() == size) {
            all.add(List.copyOf(chosen));
            return;
        }
        for (int i = from; i < DIMENSIONS.size(); i++) {
            chosen.add(DIMENSIONS.get(i));
            addCombinations(all, chosen, i + 1, size);
            chosen.remove(chosen.size() - 1);
        }
    }

    /** The last of {@link #allGroupings}: the widest of the largest size. */
    static List<String> widestGrouping(int maxDimensions) {
        List<List<String>> all = allGroupings(maxDimensions);
        return all.get(all.size() - 1);
    }

    /**
     * At most {@code limit} of the groupings (0: all), taken evenly over them, always with the last (the widest
     * of the largest size), so a smoke run asks each size.
     */
    static List<List<String>> chosenGroupings(int maxDimensions, int limit) {
        List<List<String>> all = allGroupings(maxDimensions);
        if (limit == 0 || limit >= all.size()) {
            return all;
        }
        List<List<String>> chosen = new ArrayList<>();
        for (int i = 0; i < limit; i++) {
            chosen.add(all.get((int) Math.round(i * (all.size() - 1) / (double) Math.max(1, limit - 1))));
        }
        return chosen;
    }

    /**
     * Each grouping {@code requestsPerGrouping} times in a row, one request at a time, after a short warm-up; then
     * the same sum straight from MariaDB once, the database's share. A grouping that killed the service or was
     * not answered in time is followed by a fresh start of the service (a busy one would answer the next grouping
     * late); after {@code maxFailedGroupings} of them the rest are not asked.
     */
    private List<CountyVolumeReport.GroupingResult> groupings(PipelineDb db) throws Exception {
        List<List<String>> groupings = chosenGroupings(settings.maxDimensions(), settings.groupingLimit());
        say("asking " + groupings.size() + " groupings, " + settings.requestsPerGrouping() + " times each, after "
                + settings.warmupRequests() + " warm-up requests");
        for (int i = 0; i < settings.warmupRequests(); i++) {
            ask(List.of(DIMENSIONS.get(i % DIMENSIONS.size())));
        }
        List<CountyVolumeReport.GroupingResult> results = new ArrayList<>();
        int failed = 0;
        long nextReport = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        for (List<String> grouping : groupings) {
            if (System.nanoTime() > nextReport) {
                say(results.size() + " of " + groupings.size() + " groupings asked; now " + String.join(",", grouping));
                nextReport = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            }
            if (failed >= settings.maxFailedGroupings()) {
                results.add(CountyVolumeReport.GroupingResult.notAsked(grouping));
                continue;
            }
            CountyVolumeReport.GroupingResult result = grouping(grouping, db);
            results.add(result);
            if (!result.answered()) {
                failed++;
                say("grouping " + result.name() + (result.killedService() != null ? " KILLED statistics-service"
                        + " (exit code " + result.killedService() + ")" : " not answered: " + result.failure())
                        + "; starting statistics-service afresh for the next");
                ChildService failing = stack.statistics();
                if (failing.isAlive()) {
                    stack.stopStatistics();
                }
                stack.restart(failing);
            }
        }
        return results;
    }

    private CountyVolumeReport.GroupingResult grouping(List<String> grouping, PipelineDb db) throws Exception {
        LatencyLog nanos = new LatencyLog();
        int ok = 0;
        int refused = 0;
        int cells = -1;
        for (int i = 0; i < settings.requestsPerGrouping(); i++) {
            Answer answer = ask(grouping);
            nanos.add(answer.nanos());
            if (answer.status() == 200) {
                ok++;
                cells = answer.cells();
            } else if (answer.refusedAsTooFine()) {
                refused++;
            } else {
                String failure = answer.status() < 0 ? answer.error() : "HTTP " + answer.status() + " " + answer.error();
                Integer exit = diedWithin(Duration.ofSeconds(5)) ? exitCode() : null;
                return new CountyVolumeReport.GroupingResult(grouping, nanos.toArray(), ok, refused, cells, failure,
                        exit, null);
            }
            if (answer.nanos() > TimeUnit.SECONDS.toNanos(settings.slowSeconds())) {
                break;
            }
        }
        long[] sql = db.timedGroupBy(grouping.stream().map(d -> d.equals("ageBand") ? "age_band" : d).toList(),
                FIRST_MONTH.toString(), settings.lastMonth().toString());
        return new CountyVolumeReport.GroupingResult(grouping, nanos.toArray(), ok, refused, cells, null, null, sql);
    }

    /** One answer: its status (-1 without one), time, cells in a 200, and whether it is a 4xx problem. */
    record Answer(int status, long nanos, int cells, boolean refusedAsTooFine, String error) {
    }

    private Answer ask(List<String> grouping) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(stack.statistics().baseUrl() + "/statistics?from="
                        + FIRST_MONTH + "&to=" + settings.lastMonth() + "&groupBy=" + String.join(",", grouping)))
                .timeout(Duration.ofSeconds(settings.requestTimeout()))
                .header("Authorization", "Bearer " + stack.statisticianToken())
                .GET().build();
        long started = System.nanoTime();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            long nanos = System.nanoTime() - started;
            String body = response.body();
            boolean problem = response.headers().firstValue("Content-Type").orElse("")
                    .startsWith("application/problem+json");
            int status = response.statusCode();
            return new Answer(status, nanos, status == 200 ? occurrences(body, "\"count\"") : -1,
                    status >= 400 && status < 500 && problem, status == 200 ? null : firstLine(body));
        } catch (IOException e) {
            return new Answer(-1, System.nanoTime() - started, -1, false, e instanceof HttpTimeoutException
                    ? "no answer within " + settings.requestTimeout() + " s" : e.getClass().getSimpleName());
        }
    }

    /**
     * Whether statistics-service ends within {@code wait}: a JVM ending on OutOfMemoryError has closed its port
     * (the request's ConnectException) a moment before its process is gone, so "not alive" right away would
     * miss it.
     */
    private boolean diedWithin(Duration wait) throws InterruptedException {
        Optional<ProcessHandle> process = ProcessHandle.of(stack.statistics().pid());
        if (process.isEmpty()) {
            return true;
        }
        try {
            process.get().onExit().get(wait.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException stillRunning) {
            return false;
        } catch (ExecutionException impossible) {
            // onExit() never completes exceptionally.
            return !stack.statistics().isAlive();
        }
    }

    /** The exit code of a statistics-service that is no longer alive. */
    private Integer exitCode() throws InterruptedException {
        return stack.statistics().awaitStopped();
    }

    /**
     * The service's heap: the peaks before and after a collection from its own GC logs (every start's), and what
     * {@code jcmd GC.heap_info} says its last start uses at the end, before and after a full collection (the
     * live data).
     */
    record Heap(HeapLog.Peaks peaks, String usedAtEnd, String liveAtEnd) {
    }

    private Heap heap() throws InterruptedException {
        HeapLog.Peaks peaks = HeapLog.peaks(stack.logs());
        if (!stack.statistics().isAlive()) {
            return new Heap(peaks, "service not running", "service not running");
        }
        long pid = stack.statistics().pid();
        String used = HeapLog.used(pid, false);
        return new Heap(peaks, used, HeapLog.used(pid, true));
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }

    private static String firstLine(String body) {
        String line = body == null ? "" : body.lines().findFirst().orElse("");
        return line.substring(0, Math.min(200, line.length()));
    }

    private void say(String message) {
        System.out.printf("county volume bench [%6.1f s]: %s%n", (System.nanoTime() - began) / 1e9, message);
    }
}
