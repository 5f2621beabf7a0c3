package se.jamtland.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A service's heap as its own JVM reports it: the unified GC log ({@code -Xlog:gc}, one line per collection with
 * the heap before and after it) and {@code jcmd GC.heap_info} at the end. The bench reads another JVM, so it
 * uses what the JDK offers every process, not a route of the service.
 */
final class HeapLog {

    /** {@code ... Pause Young (Normal) (G1 Evacuation Pause) 23M->5M(256M) 4.321ms}. */
    private static final Pattern COLLECTION = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");
    private static final Pattern GC_LOG = Pattern.compile("statistics-service-gc-\\d+\\.log");
    private static final Pattern HEAP_INFO = Pattern.compile("total (\\d+)K, used (\\d+)K");

    private HeapLog() {
    }

    /**
     * @param starts      the service's starts that wrote a GC log (it is started afresh after a failed grouping)
     * @param collections collections logged, over all starts
     * @param beforeMb    the fullest the heap was when a collection started
     * @param afterMb     the most that survived a collection: close to the most the service held live at once
     * @param maxMb       the heap's size
     * @param full        full collections (G1 falls back to one when it cannot free enough otherwise)
     */
    record Peaks(int starts, int collections, long beforeMb, long afterMb, long maxMb, int full) {

        @Override
        public String toString() {
            return collections == 0 ? "no collection logged"
                    : String.format("%d starts, %d collections (%d full): heap up to %d MB before one, up to %d MB"
                    + " after one, of %d MB", starts, collections, full, beforeMb, afterMb, maxMb);
        }
    }

    /** From the GC logs of every start of the service, written as {@code statistics-service-gc-<pid>.log}. */
    static Peaks peaks(Path logs) {
        List<Path> files;
        try (Stream<Path> listed = Files.list(logs)) {
            files = listed.filter(f -> GC_LOG.matcher(f.getFileName().toString()).matches()).toList();
        } catch (IOException e) {
            files = List.of();
        }
        int collections = 0;
        int full = 0;
        long before = 0;
        long after = 0;
        long max = 0;
        for (Path file : files) {
            for (String line : lines(file)) {
                Matcher heap = COLLECTION.matcher(line);
                if (heap.find()) {
                    collections++;
                    full += line.contains("Pause Full") ? 1 : 0;
                    before = Math.max(before, Long.parseLong(heap.group(1)));
                    after = Math.max(after, Long.parseLong(heap.group(2)));
                    max = Math.max(max, Long.parseLong(heap.group(3)));
                }
            }
        }
        return new Peaks(files.size(), collections, before, after, max, full);
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            return List.of();
        }
    }

    /**
     * What {@code jcmd <pid> GC.heap_info} says is used, e.g. "61 MB of 256 MB"; after a full collection
     * ({@code GC.run}) when {@code afterFullGc}, which leaves only what the service still holds.
     */
    static String used(long pid, boolean afterFullGc) throws InterruptedException {
        if (afterFullGc) {
            jcmd(pid, "GC.run");
        }
        String info = jcmd(pid, "GC.heap_info");
        Matcher heap = HEAP_INFO.matcher(info);
        return heap.find() ? Long.parseLong(heap.group(2)) / 1024 + " MB of " + Long.parseLong(heap.group(1)) / 1024
                + " MB" : "unknown (jcmd: " + info.strip().lines().findFirst().orElse("no output") + ")";
    }

    private static String jcmd(long pid, String command) throws InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        try {
            Process process = new ProcessBuilder(jcmd.toString(), Long.toString(pid), command)
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            return output;
        } catch (IOException e) {
            return "jcmd could not run: " + e.getMessage();
        }
    }
}
