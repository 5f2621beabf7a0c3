package se.jamtland.release;

import se.jamtland.devstack.ServiceProcess;
import se.jamtland.runtime.ParentWatch;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * One service's production artifact, {@code <module>-<version>-runnable.jar}, started the way a container starts
 * it: {@code java -jar} with the environment it is given and nothing else (no inherited MICRONAUT_*, no dev
 * switch, no devstack class path), its output in a file under target/test-logs, where the log canary scan reads it.
 */
final class ProductionJar {

    private static final Duration POLL = Duration.ofMillis(100);

    private final String module;
    private final Path jar;

    private ProductionJar(String module, Path jar) {
        this.module = module;
        this.jar = jar;
    }

    /** The jar the build copied to {@code release.jars} (this module's pom: target/runnable/<module>.jar). */
    static ProductionJar of(String module) {
        Path jar = Path.of(System.getProperty("release.jars", "target/runnable")).resolve(module + ".jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: run mvn verify (or -pl release-checks -am), which"
                    + " copies every service's runnable jar there before the integration tests");
        }
        return new ProductionJar(module, jar);
    }

    String module() {
        return module;
    }

    long sizeBytes() throws IOException {
        return Files.size(jar);
    }

    /** The names of the jar's entries under {@code prefix}, e.g. META-INF/swagger/. */
    List<String> entries(String prefix) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.stream().map(JarEntry::getName).filter(name -> name.startsWith(prefix)).sorted().toList();
        }
    }

    /** A started jar: its process, when it started and where its output goes. */
    record Running(String module, Process process, long startedNanos, Path log) implements AutoCloseable {

        /** Waits for the first 200 on {@code url}; fails at once, naming the log, if the process exits first. */
        long awaitOk(HttpClient client, String url, Duration timeout) throws InterruptedException {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).GET().build();
            long deadline = startedNanos + timeout.toNanos();
            String last = "no answer";
            while (System.nanoTime() - deadline < 0) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(module + " exited with " + process.exitValue()
                            + " before " + url + " answered; see " + log);
                }
                try {
                    HttpResponse<String> answer = client.send(request, HttpResponse.BodyHandlers.ofString());
                    if (answer.statusCode() == 200) {
                        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
                    }
                    last = "HTTP " + answer.statusCode();
                } catch (IOException notYet) {
                    last = notYet.getClass().getSimpleName();
                }
                ServiceProcess.pauseWhileRunning(process, POLL);
            }
            throw new IllegalStateException(module + ": " + url + " gave no 200 within " + timeout.toSeconds()
                    + " s (last: " + last + "); see " + log);
        }

        /** Waits for it to end by itself, as a service refused its start must. */
        int awaitExit(Duration timeout) throws InterruptedException {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(module + " was still running after " + timeout.toSeconds()
                        + " s; see " + log);
            }
            return process.exitValue();
        }

        /** SIGTERM, as Kubernetes stops a pod, then a kill after a grace period. */
        @Override
        public void close() {
            process.toHandle().destroy();
            try {
                if (!process.waitFor(15, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }

    /**
     * Starts it with exactly {@code environment} (PATH aside, which a container has too) and its stdout and stderr
     * in two files of {@code logs}; the only JVM option is the parent watch, so a killed test JVM takes it along.
     *
     * @param run names this start's files, e.g. {@code production}
     */
    Running start(Map<String, String> environment, Path logs, String run) throws IOException {
        Files.createDirectories(logs);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-D" + ParentWatch.PARENT_PID_PROPERTY + "=" + ProcessHandle.current().pid());
        command.add("-jar");
        command.add(jar.toAbsolutePath().toString());
        Path log = logs.resolve(module + "-" + run + ".log");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(Files.createDirectories(logs.resolve(module + "-" + run + "-cwd")).toFile())
                .redirectOutput(log.toFile())
                .redirectError(logs.resolve(module + "-" + run + ".stderr.log").toFile());
        String path = builder.environment().get("PATH");
        builder.environment().clear();
        if (path != null) {
            builder.environment().put("PATH", path);
        }
        builder.environment().putAll(environment);
        return new Running(module, builder.start(), System.nanoTime(), log);
    }
}
