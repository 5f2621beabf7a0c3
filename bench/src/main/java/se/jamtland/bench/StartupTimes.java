package se.jamtland.bench;

import se.jamtland.devstack.ChildService;
import se.jamtland.devstack.ServiceLaunch;
import se.jamtland.devstack.ServiceSpec;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Start to healthy, per kind of start (issue 9 §7), as the median of several starts. The kinds are started in
 * turn, round after round, so a busy moment of a shared machine falls on all of them alike. Each start reports
 * three figures: wall time from process start to the first 200 on {@code /health}, Micronaut's own "Startup
 * completed in" (its context and server; the rest of the wall time is the JVM, class loading before Micronaut and
 * the first request), and the CPU time the JVM had used by then (less sensitive to a busy machine than wall time).
 * A kind that needs a start-up cache gets one training start first, not counted.
 */
final class StartupTimes {

    private static final Pattern MICRONAUT_STARTUP = Pattern.compile("Startup completed in (\\d+)ms");
    /** Linux's USER_HZ: /proc/<pid>/stat counts CPU time in 1/100 s. */
    private static final long TICKS_PER_SECOND = 100;
    private static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(120);
    /** A JVM that makes its start-up cache writes it as it exits: on a busy machine that takes minutes. */
    private static final Duration CACHE_WRITING_GRACE = Duration.ofMinutes(3);

    /** How one kind of start is made; {@link #DEPLOYED} is what devstack uses. */
    enum Kind {
        PLAIN(ServiceLaunch.Mode.PLAIN),
        APP_CDS(ServiceLaunch.Mode.APP_CDS),
        AOT_CACHE(ServiceLaunch.Mode.AOT_CACHE),
        DEPLOYED(null);

        private final ServiceLaunch.Mode mode;

        Kind(ServiceLaunch.Mode mode) {
            this.mode = mode;
        }

        Optional<ServiceLaunch> launch(Path root, ServiceSpec spec) {
            return mode == null ? Optional.of(ServiceLaunch.deployed(root, spec)) : ServiceLaunch.of(mode, root, spec);
        }
    }

    record Start(long healthyMs, long micronautMs, long cpuMs) {
    }

    private final Path root;
    private final ServiceSpec spec;
    private final int port;
    private final List<String> javaOptions;
    private final Path logs;
    private final HttpClient client;

    StartupTimes(Path root, ServiceSpec spec, int port, List<String> javaOptions, HttpClient client) {
        this.root = root;
        this.spec = spec;
        this.port = port;
        this.javaOptions = javaOptions;
        this.logs = root.resolve("bench/target/startup");
        this.client = client;
    }

    /** Measures and prints; a kind this machine cannot start (no jar, no Java 25) is listed as skipped. */
    void report(List<Kind> kinds, int starts) throws IOException, InterruptedException {
        Files.createDirectories(logs);
        Map<Kind, ServiceLaunch> launches = new LinkedHashMap<>();
        for (Kind kind : kinds) {
            Optional<ServiceLaunch> launch = kind.launch(root, spec);
            if (launch.isEmpty()) {
                System.out.printf("start-up %-9s skipped: this machine cannot (no jar from mvn install, or no Java %d)%n",
                        kind, 25);
                continue;
            }
            if (launch.get().isTraining()) {
                Start training = start(launch.get(), kind + "-training");
                System.out.printf("start-up %-9s training start (makes the cache, not counted): %d ms; %s%n", kind,
                        training.healthyMs(), launch.get().keepTrainedCache() ? "cache kept" : "NO CACHE WRITTEN");
                launch = kind.launch(root, spec);
            }
            launches.put(kind, launch.get());
        }
        Map<Kind, List<Start>> measured = new LinkedHashMap<>();
        for (int round = 0; round < starts; round++) {
            for (Map.Entry<Kind, ServiceLaunch> entry : launches.entrySet()) {
                measured.computeIfAbsent(entry.getKey(), k -> new ArrayList<>())
                        .add(start(entry.getValue(), entry.getKey() + "-" + round));
            }
        }
        System.out.printf("%nstart to healthy, median of %d starts each (goal <= 1000 ms):%n", starts);
        System.out.printf("  %-9s %8s %12s %8s   %-44s %s%n", "kind", "healthy", "micronaut", "cpu", "how",
                "each start's healthy ms");
        measured.forEach((kind, runs) -> System.out.printf("  %-9s %5d ms %9d ms %5d ms   %-44s %s%n", kind,
                median(runs, Start::healthyMs), median(runs, Start::micronautMs), median(runs, Start::cpuMs),
                launches.get(kind).describe(), runs.stream().map(Start::healthyMs).toList()));
    }

    /** One start to healthy, then SIGTERM, waiting for the JVM to end (and to write its cache, if it makes one). */
    private Start start(ServiceLaunch launch, String name) throws IOException, InterruptedException {
        Path log = logs.resolve(name + ".log");
        ChildService server = ChildService.start(root, spec, port, EligibilityBench.PUBLIC_SIDE_ALONE, launch,
                javaOptions, log);
        try {
            // A short poll: the time between two asks bounds how precisely start-up time is measured.
            long healthyMs = server.awaitHealthy(client, HEALTH_TIMEOUT, Duration.ofMillis(5));
            long cpuMs = cpuMs(server.pid());
            return new Start(healthyMs, micronautMs(log), cpuMs);
        } finally {
            server.requestStop();
            server.awaitExit(CACHE_WRITING_GRACE);
        }
    }

    /** Micronaut's "Startup completed in N ms", from the service's log; -1 if it has not been written yet. */
    private static long micronautMs(Path log) {
        try {
            Matcher matcher = MICRONAUT_STARTUP.matcher(Files.readString(log));
            return matcher.find() ? Long.parseLong(matcher.group(1)) : -1;
        } catch (IOException e) {
            return -1;
        }
    }

    /** utime + stime from /proc/<pid>/stat (fields 14 and 15, counted after the command's closing parenthesis). */
    private static long cpuMs(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 1000 / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static long median(List<Start> runs, java.util.function.ToLongFunction<Start> figure) {
        long[] sorted = runs.stream().mapToLong(figure).sorted().toArray();
        return sorted.length == 0 ? -1 : sorted[sorted.length / 2];
    }

    static List<Kind> kinds(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> Kind.valueOf(s.toUpperCase(java.util.Locale.ROOT))).toList();
    }
}
