package se.jamtland.testinfra;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads every log a module's test run wrote (its test JVMs' and the services they started) and fails on any
 * {@link Canaries canary}: a personal detail that reached a log is a leak even when each test's own checks passed.
 * The root pom runs it after the integration tests of each module that has them, on target/test-logs.
 */
public final class LogCanaryScan {

    /** Enough to find the leaks; a leak on every line should not bury the build output. */
    private static final int MAX_LISTED = 50;

    public record Finding(Path file, long line, Canaries.Canary canary) {

        @Override
        public String toString() {
            return file + ":" + line + ": " + canary.kind() + " (" + canary.text() + ")";
        }
    }

    public record Result(int filesRead, long linesRead, List<Finding> findings) {
    }

    private LogCanaryScan() {
    }

    /** Where this module's tests, and the services they start, write their logs. */
    public static Path logDirectory() {
        // Surefire and failsafe set basedir to the module; an IDE starts tests in the module directory.
        return Path.of(System.getProperty("basedir", System.getProperty("user.dir")), "target", "test-logs");
    }

    /** Every line of every file below the directory; no directory is no logs, not an error. */
    public static Result scan(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return new Result(0, 0, List.of());
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(directory)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        long lines = 0;
        List<Finding> findings = new ArrayList<>();
        for (Path file : files) {
            // A reader with a charset replaces bytes that are not UTF-8 instead of failing on them.
            try (BufferedReader reader = new BufferedReader(
                    new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8))) {
                long number = 0;
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    number++;
                    long lineNumber = number;
                    Canaries.findIn(line).ifPresent(canary -> findings.add(new Finding(file, lineNumber, canary)));
                }
                lines += number;
            }
        }
        return new Result(files.size(), lines, findings);
    }

    /** Throws, rather than exiting, so that exec-maven-plugin fails the build and Maven's JVM lives on. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: LogCanaryScan <directory of test logs>");
        }
        Path directory = Path.of(args[0]);
        Result result = scan(directory);
        if (result.findings().isEmpty()) {
            System.out.println(result.filesRead() == 0
                    ? "Log canary scan: no logs in " + directory
                    : "Log canary scan: no canary in " + result.filesRead() + " files, " + result.linesRead()
                            + " lines, in " + directory);
            return;
        }
        StringBuilder report = new StringBuilder("Fake personal data that the tests sent (canaries) is in "
                + result.findings().size() + " log line(s):");
        result.findings().stream().limit(MAX_LISTED).forEach(finding -> report.append("\n  ").append(finding));
        if (result.findings().size() > MAX_LISTED) {
            report.append("\n  … and ").append(result.findings().size() - MAX_LISTED).append(" more");
        }
        throw new IllegalStateException(report.toString());
    }
}
