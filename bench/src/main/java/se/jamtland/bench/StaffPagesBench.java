package se.jamtland.bench;

import se.jamtland.devstack.ChildService;
import se.jamtland.devstack.DevIdp;
import se.jamtland.devstack.RepoRoot;
import se.jamtland.testinfra.EmbeddedKafka;
import se.jamtland.testinfra.EmbeddedMariaDb;
import se.jamtland.testinfra.FreePorts;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Issue 13's speed: "every page answers in ≤ 100 ms at p95 with 20 staff working at once". {@code bench.staff} (20)
 * people log in once each through the dev IdP's login form (authorization code + PKCE, as a browser does, each with
 * a cookie jar and the staff session it gets), then work through {@link #ROUND} over and over for
 * {@code bench.seconds}, {@code bench.thinkMillis} between two requests of one person, against cmv-service as a
 * child JVM (embedded MariaDB and Kafka, eligibility-service beside it, every rate limit lifted as in the other
 * benches). Each round also asks the JSON API's {@code GET /cases} with the person's bearer token: the baseline, in
 * the same run on the same machine, that a page's figures are set against. Any answer but the expected status
 * fails the run.
 * <p>
 * {@code -Dbench.smoke=true} (what {@code BenchSmokeIT} runs): 20 staff for 4 s, 1 s warm-up; figures printed,
 * only a failed request decides.
 */
public final class StaffPagesBench {

    /**
     * What each member of staff does every round, in order: the pages to time. One list, so a page that lands is
     * one line here ({@code {today}}, {@code {readGroup}} and {@code {writeGroup}} are filled in per person).
     * Not here yet: the register-contact post and a case page (each person would need a case code of their own).
     */
    public static final List<Step> ROUND = List.of(
            Step.page("startsidan /", "/"),
            Step.page("registrera kontakt /ui/kontakter/ny", "/ui/kontakter/ny"),
            Step.page("kontakt, insats vald /ui/kontakter/ny?insats=", "/ui/kontakter/ny?insats=cmv-informationssamtal"),
            Step.page("öppna ärende /ui/arenden/nytt", "/ui/arenden/nytt"),
            Step.page("grupper /ui/grupper", "/ui/grupper"),
            Step.page("en grupp /ui/grupper/{id}", "/ui/grupper/{readGroup}"),
            Step.page("partnerkontakt /ui/partnerkontakt", "/ui/partnerkontakt"),
            Step.form("registrera grupptillfälle (POST)", "/ui/grupper/{writeGroup}/tillfallen",
                    Map.of("date", "{today}", "participantCount", "6")));

    /** The JSON API's list of cases, bearer token: what a page is compared with. */
    public static final Step BASELINE = new Step("baseline: JSON GET /cases", "JSON", "/cases?insats=cmv-kast",
            Map.of(), 200);

    /** One request of a round: a page (GET, 200), a form's post (303, Post/Redirect/Get) or the JSON baseline. */
    public record Step(String name, String method, String path, Map<String, String> form, int expectedStatus) {

        static Step page(String name, String path) {
            return new Step(name, "GET", path, Map.of(), 200);
        }

        static Step form(String name, String path, Map<String, String> form) {
            return new Step(name, "POST", path, form, 303);
        }
    }

    public record Settings(int staff, int seconds, int warmupSeconds, int thinkMillis, boolean smoke) {

        public static Settings fromSystemProperties() {
            boolean smoke = Boolean.getBoolean("bench.smoke");
            Settings settings = new Settings(Integer.getInteger("bench.staff", 20),
                    Integer.getInteger("bench.seconds", smoke ? 4 : 30),
                    Integer.getInteger("bench.warmupSeconds", smoke ? 1 : 5),
                    Integer.getInteger("bench.thinkMillis", smoke ? 0 : 1000), smoke);
            if (settings.staff() < 1 || settings.warmupSeconds() < 0 || settings.thinkMillis() < 0
                    || settings.seconds() <= settings.warmupSeconds()) {
                throw new IllegalArgumentException("bench.staff must be at least 1, bench.thinkMillis not negative"
                        + " and bench.seconds more than bench.warmupSeconds (which it includes)");
            }
            return settings;
        }

        public static Settings forSmoke() {
            return new Settings(20, 4, 1, 0, true);
        }
    }

    /** One step's figures after the warm-up, in milliseconds. */
    public record Figures(String name, long requests, double p50, double p95, double p99, double max) {
    }

    /** What a run measured: per step of the round, the baseline, and every unexpected answer by step and status. */
    public record Result(List<Figures> pages, Figures baseline, Map<String, Long> failures, double requestsPerSecond) {

        public boolean noFailures() {
            return failures.isEmpty();
        }

        /** The goal: every page's p95 ≤ 100 ms. */
        public boolean meetsGoal() {
            return pages.stream().allMatch(page -> page.p95() <= GOAL_P95_MILLIS);
        }
    }

    static final double GOAL_P95_MILLIS = 100;
    private static final String DATABASE = "staff_pages_bench_cmv";
    private static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(120);
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*([0-9]+)");
    private static final int SESSIONS_IN_READ_GROUP = 10;

    private final Settings settings;
    private final Path root;
    private final Path work;
    private final HttpClient api = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private StaffPagesBench(Settings settings, Path root) {
        this.settings = settings;
        this.root = root;
        this.work = root.resolve("bench/target/staff-pages-bench").resolve("run-" + System.currentTimeMillis());
    }

    public static void main(String[] args) throws Exception {
        Result result = run(Settings.fromSystemProperties());
        System.exit(result.noFailures() ? 0 : 1);
    }

    /** Runs the bench (for the smoke IT too) and prints its report. */
    public static Result run(Settings settings) throws Exception {
        StaffPagesBench bench = new StaffPagesBench(settings, RepoRoot.locate());
        return BenchServices.withStack(bench.root, bench.work, bench::measure);
    }

    private Result measure(BenchServices services, DevIdp idp, EmbeddedMariaDb mariaDb, EmbeddedKafka kafka) throws Exception {
        say(String.format("%d cores; %d staff at cmv-service's pages for %d s (first %d s warm-up), %d ms between"
                        + " two requests of one person%s", Runtime.getRuntime().availableProcessors(),
                settings.staff(), settings.seconds(), settings.warmupSeconds(), settings.thinkMillis(),
                settings.smoke() ? " (smoke)" : ""));
        List<Integer> ports = FreePorts.take(2);
        Map<String, String> cmv = new LinkedHashMap<>();
        cmv.put("DATASOURCES_DEFAULT_URL", mariaDb.createDatabase(DATABASE));
        cmv.put("DATASOURCES_DEFAULT_USERNAME", mariaDb.username());
        cmv.put("DATASOURCES_DEFAULT_PASSWORD", mariaDb.password());
        cmv.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        cmv.put("ELIGIBILITY_URL", "http://127.0.0.1:" + ports.get(0));
        ChildService eligibility = services.start("eligibility-service", ports.get(0), Map.of(), List.of());
        ChildService unit = services.start("cmv-service", ports.get(1), cmv, List.of());
        for (ChildService child : List.of(eligibility, unit)) {
            say(child.name() + " healthy after " + child.awaitHealthy(api, HEALTH_TIMEOUT) + " ms");
        }
        // localhost, as a browser names it: the session cookie and the login's redirect address are localhost's.
        String base = "http://localhost:" + ports.get(1);

        List<Person> staff = new ArrayList<>();
        long loginStarted = System.nanoTime();
        for (int i = 0; i < settings.staff(); i++) {
            staff.add(Person.logIn(base, "bench-cmv-" + i, idp.token("bench-cmv-" + i, "cmv", "STAFF")));
        }
        say(String.format("%d staff logged in through the IdP's form in %d ms", staff.size(),
                (System.nanoTime() - loginStarted) / 1_000_000));
        for (Person person : staff) {
            seed(base, person);
        }
        Load load = work(staff);
        Result result = load.result(settings.seconds() - settings.warmupSeconds());
        report(result);
        return result;
    }

    /** A group with a usual cycle's sessions to read, and one to write to, per person; a case for the baseline. */
    private void seed(String base, Person person) throws IOException, InterruptedException {
        LocalDate today = LocalDate.now();
        String start = today.minusDays(70).toString();
        person.readGroup = idOf(person.json(base, "/groups", "{\"startDate\":\"" + start + "\"}"));
        for (int i = 0; i < SESSIONS_IN_READ_GROUP; i++) {
            person.json(base, "/groups/" + person.readGroup + "/sessions", "{\"date\":\""
                    + today.minusDays(70 - 7L * i) + "\",\"participantCount\":" + (4 + i % 5) + "}");
        }
        person.writeGroup = idOf(person.json(base, "/groups", "{\"startDate\":\"" + start + "\"}"));
        person.json(base, "/cases", "{\"insats\":\"cmv-kast\",\"age\":40}");
    }

    private static String idOf(String json) {
        Matcher id = ID.matcher(json);
        if (!id.find()) {
            throw new IllegalStateException("set-up: an answer without an id");
        }
        return id.group(1);
    }

    private final class Load {
        final Map<String, ConcurrentLinkedQueue<Long>> latencies = new ConcurrentHashMap<>();
        final Map<String, Long> failures = new ConcurrentHashMap<>();
        final LongAdder steadyRequests = new LongAdder();

        void record(Step step, long nanos, boolean steady, int status) {
            if (status != step.expectedStatus()) {
                failures.merge(step.name() + " -> " + status, 1L, Long::sum);
            }
            if (steady) {
                latencies.computeIfAbsent(step.name(), name -> new ConcurrentLinkedQueue<>()).add(nanos);
                steadyRequests.increment();
            }
        }

        Result result(int steadySeconds) {
            return new Result(ROUND.stream().map(step -> figures(step.name())).toList(), figures(BASELINE.name()),
                    new TreeMap<>(failures), steadyRequests.sum() / (double) steadySeconds);
        }

        Figures figures(String name) {
            long[] sorted = latencies.getOrDefault(name, new ConcurrentLinkedQueue<>()).stream()
                    .mapToLong(Long::longValue).sorted().toArray();
            if (sorted.length == 0) {
                return new Figures(name, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
            }
            return new Figures(name, sorted.length, Percentiles.of(sorted, 0.50) / 1e6,
                    Percentiles.of(sorted, 0.95) / 1e6, Percentiles.of(sorted, 0.99) / 1e6,
                    sorted[sorted.length - 1] / 1e6);
        }
    }

    /**
     * Each person is a chain of tasks on a scheduled executor: one request, then the next one scheduled after the
     * think time, until the deadline. No thread sleeps; a person has one request in flight at a time.
     */
    private Load work(List<Person> staff) throws InterruptedException {
        Load load = new Load();
        List<Step> round = new ArrayList<>(ROUND);
        round.add(BASELINE);
        long started = System.nanoTime();
        long steadyFrom = started + TimeUnit.SECONDS.toNanos(settings.warmupSeconds());
        long deadline = started + TimeUnit.SECONDS.toNanos(settings.seconds());
        CountDownLatch done = new CountDownLatch(staff.size());
        ScheduledExecutorService people = Executors.newScheduledThreadPool(staff.size());
        try {
            for (int index = 0; index < staff.size(); index++) {
                Person person = staff.get(index);
                // Each person starts at another step, so every step is asked all through the run, not in waves.
                int first = index;
                people.execute(new Runnable() {
                    int next = first;

                    @Override
                    public void run() {
                        if (System.nanoTime() >= deadline) {
                            done.countDown();
                            return;
                        }
                        Step step = round.get(next++ % round.size());
                        long sent = System.nanoTime();
                        int status = person.send(step);
                        load.record(step, System.nanoTime() - sent, sent >= steadyFrom, status);
                        people.schedule(this, settings.thinkMillis(), TimeUnit.MILLISECONDS);
                    }
                });
            }
            if (!done.await(settings.seconds() + 60L, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the staff did not finish within a minute of the deadline");
            }
        } finally {
            people.shutdownNow();
        }
        return load;
    }

    /** One member of staff: a cookie jar with their staff session, its CSRF token, and their API token. */
    private static final class Person {
        private final String base;
        private final String bearer;
        private final HttpClient browser;
        private String csrf;
        String readGroup;
        String writeGroup;

        private Person(String base, String bearer) {
            this.base = base;
            this.bearer = bearer;
            this.browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(2)).build();
        }

        /** The login a browser makes: to the IdP with a PKCE challenge, its form, back with a code, the session. */
        static Person logIn(String base, String username, String bearer) throws IOException, InterruptedException {
            Person person = new Person(base, bearer);
            String authorize = person.location(person.get(base + "/oauth/login/idp"), "the IdP");
            String claims = "{\"unit\":\"cmv\",\"roles\":[\"STAFF\"]}";
            HttpResponse<String> loggedIn = person.browser.send(HttpRequest.newBuilder(URI.create(authorize))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", username, "claims", claims))))
                    .build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> landed = person.get(person.location(loggedIn, "the service"));
            if (landed.statusCode() != 303) {
                throw new IllegalStateException("the login did not open a staff session (HTTP " + landed.statusCode()
                        + ")");
            }
            Matcher token = CSRF.matcher(person.get(base + "/").body());
            if (!token.find()) {
                throw new IllegalStateException("the start page has no form with the session's CSRF token");
            }
            person.csrf = token.group(1);
            return person;
        }

        int send(Step step) {
            String path = step.path().replace("{readGroup}", readGroup).replace("{writeGroup}", writeGroup);
            try {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                        .timeout(Duration.ofSeconds(10));
                switch (step.method()) {
                    case "GET" -> request.header("Accept", "text/html").GET();
                    case "POST" -> {
                        Map<String, String> fields = new LinkedHashMap<>();
                        step.form().forEach((name, value) ->
                                fields.put(name, value.replace("{today}", LocalDate.now().toString())));
                        fields.put("_csrf", csrf);
                        request.header("Accept", "text/html")
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(form(fields)));
                    }
                    default -> request.header("Authorization", "Bearer " + bearer).GET();
                }
                return browser.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (IOException e) {
                return -1;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -2;
            }
        }

        /** The JSON API with the person's bearer token, for the set-up. */
        String json(String base, String path, String body) throws IOException, InterruptedException {
            HttpResponse<String> answer = browser.send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Authorization", "Bearer " + bearer).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 201) {
                throw new IllegalStateException("set-up: POST " + path + " answered " + answer.statusCode());
            }
            return answer.body();
        }

        private HttpResponse<String> get(String url) throws IOException, InterruptedException {
            return browser.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        private String location(HttpResponse<String> response, String where) {
            return response.headers().firstValue("Location").orElseThrow(() -> new IllegalStateException(
                    "the login did not go on to " + where + " (HTTP " + response.statusCode() + ")"));
        }

        private static String form(Map<String, String> fields) {
            return fields.entrySet().stream().map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8)
                    + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        }
    }

    private void report(Result result) {
        say(String.format("%.0f requests/s after the warm-up; p95 goal per page ≤ %.0f ms", result.requestsPerSecond(),
                GOAL_P95_MILLIS));
        say(String.format("%-38s %8s %8s %8s %8s %8s %10s", "step", "requests", "p50 ms", "p95 ms", "p99 ms",
                "max ms", "p95/base"));
        for (Figures page : result.pages()) {
            line(page, result.baseline());
        }
        line(result.baseline(), result.baseline());
        say("goal (every page p95 ≤ 100 ms): " + (result.meetsGoal() ? "met" : "NOT met"));
        say(result.noFailures() ? "every request answered as expected"
                : "UNEXPECTED ANSWERS (step -> status: count): " + result.failures());
    }

    private static void line(Figures figures, Figures baseline) {
        say(String.format("%-38s %8d %8.1f %8.1f %8.1f %8.1f %10.2f", figures.name(), figures.requests(),
                figures.p50(), figures.p95(), figures.p99(), figures.max(), figures.p95() / baseline.p95()));
    }

    private static void say(String line) {
        System.out.println("staff-pages-bench: " + line);
    }
}
