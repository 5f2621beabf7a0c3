package se.jamtland.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Open-loop load: {@code POST /cases/{caseCode}/sessions} at a fixed total rate, spread over a few keep-alive
 * connections that each send on their own fixed schedule (as {@code EligibilityBench.openLoop}). It runs until
 * {@link #stop()}, so the bench can switch phases (steady, outage) without a gap in the load. Latency counts
 * from when a request was due, not when it was sent, so queueing behind a slow answer is not hidden.
 */
final class SessionLoad {

    private static final String SESSION = "{\"date\":\"2025-09-01\"}";

    private final HttpClient client;
    private final String baseUrl;
    private final String token;
    private final List<String> caseCodes;
    private final int rate;
    private final int connections;
    private final int phases;
    private final AtomicLong next = new AtomicLong();
    private final AtomicReference<String> firstError = new AtomicReference<>();
    private final List<Thread> threads = new ArrayList<>();
    private final List<Worker> workers = new ArrayList<>();
    private volatile boolean running;
    private volatile int phase;

    SessionLoad(HttpClient client, String baseUrl, String token, List<String> caseCodes, int rate, int connections,
                int phases) {
        this.client = client;
        this.token = token;
        this.baseUrl = baseUrl;
        this.caseCodes = List.copyOf(caseCodes);
        this.rate = rate;
        this.connections = connections;
        this.phases = phases;
    }

    void start() {
        running = true;
        long began = System.nanoTime();
        long intervalNanos = TimeUnit.SECONDS.toNanos(1) * connections / rate;
        for (int c = 0; c < connections; c++) {
            Worker worker = new Worker(began + c * intervalNanos / connections, intervalNanos);
            workers.add(worker);
            Thread thread = new Thread(worker, "session-load-" + c);
            threads.add(thread);
            thread.start();
        }
    }

    /** Requests due from now on are reported under {@code newPhase}. */
    void phase(int newPhase) {
        phase = newPhase;
    }

    /** Stops sending and waits for the requests in flight: afterwards every accepted session is committed. */
    List<PhaseResult> stop() throws InterruptedException {
        running = false;
        for (Thread thread : threads) {
            thread.join();
        }
        List<PhaseResult> results = new ArrayList<>();
        for (int p = 0; p < phases; p++) {
            int index = p;
            long[] latencies = workers.stream().flatMapToLong(w -> Arrays.stream(w.logs[index].toArray()))
                    .sorted().toArray();
            long accepted = workers.stream().mapToLong(w -> w.accepted[index]).sum();
            long errors = workers.stream().mapToLong(w -> w.errors[index]).sum();
            results.add(new PhaseResult(latencies.length, accepted, errors, latencies));
        }
        return results;
    }

    /** The first failed request's status and the start of its body, to say why without a debugger. */
    String firstError() {
        return firstError.get();
    }

    private final class Worker implements Runnable {
        private final long firstDue;
        private final long intervalNanos;
        private final LatencyLog[] logs = new LatencyLog[phases];
        private final long[] accepted = new long[phases];
        private final long[] errors = new long[phases];

        Worker(long firstDue, long intervalNanos) {
            this.firstDue = firstDue;
            this.intervalNanos = intervalNanos;
            for (int p = 0; p < phases; p++) {
                logs[p] = new LatencyLog();
            }
        }

        @Override
        public void run() {
            for (long i = 0; running; i++) {
                long due = firstDue + i * intervalNanos;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    try {
                        // The schedule itself: open loop means waiting for the due time, never for the server.
                        TimeUnit.NANOSECONDS.sleep(wait);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
                if (!running) {
                    return;
                }
                int p = phase;
                String caseCode = caseCodes.get((int) (next.getAndIncrement() % caseCodes.size()));
                if (send(caseCode)) {
                    accepted[p]++;
                } else {
                    errors[p]++;
                }
                logs[p].add(System.nanoTime() - due);
            }
        }

        private boolean send(String caseCode) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/cases/" + caseCode + "/sessions"))
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.ofString(SESSION))
                    .build();
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 201) {
                    return true;
                }
                String body = response.body();
                firstError.compareAndSet(null, "HTTP " + response.statusCode() + " "
                        + body.substring(0, Math.min(300, body.length())));
            } catch (IOException e) {
                firstError.compareAndSet(null, e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                firstError.compareAndSet(null, "interrupted");
            }
            return false;
        }
    }

    /** One phase's requests: latencies in nanoseconds from the due time, sorted. */
    record PhaseResult(long requests, long accepted, long errors, long[] sortedLatencies) {

        double percentileMs(double quantile) {
            return Percentiles.of(sortedLatencies, quantile) / 1e6;
        }
    }
}
