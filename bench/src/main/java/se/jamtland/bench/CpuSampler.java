package se.jamtland.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * CPU time of this JVM and every process it started (services, mariadbd), from /proc. Everything shares the
 * same few cores, so a figure such as "cmv-service accepts fewer sessions than offered" needs to say who had the
 * CPU meanwhile. Linux only; elsewhere the samples are empty and the line is left out.
 */
final class CpuSampler {

    /** USER_HZ: the unit of /proc/[pid]/stat's times, 100 on every mainstream Linux architecture. */
    private static final double TICKS_PER_SECOND = 100;

    private CpuSampler() {
    }

    /** CPU ticks per process name at one moment. */
    record Sample(long nanos, Map<String, Long> ticks) {
    }

    /** @param names a name for a pid, or null to name it by its command */
    static Sample take(LongFunction<String> names) {
        Map<String, Long> ticks = new LinkedHashMap<>();
        ProcessHandle self = ProcessHandle.current();
        add(ticks, "bench JVM (Kafka, load)", self.pid());
        self.descendants().forEach(process -> {
            String name = names.apply(process.pid());
            if (name == null) {
                name = process.info().command().map(c -> Path.of(c).getFileName().toString()).orElse("pid "
                        + process.pid());
            }
            add(ticks, name, process.pid());
        });
        return new Sample(System.nanoTime(), ticks);
    }

    /** @return e.g. {@code cmv-service 95%, mariadbd 40%} (percent of one core), or empty without /proc */
    static String between(Sample from, Sample to) {
        double seconds = (to.nanos() - from.nanos()) / 1e9;
        StringBuilder line = new StringBuilder();
        long total = 0;
        for (Map.Entry<String, Long> entry : to.ticks().entrySet()) {
            // A process started in between (a service started again) used nothing before it existed.
            long used = entry.getValue() - from.ticks().getOrDefault(entry.getKey(), 0L);
            total += used;
            line.append(line.isEmpty() ? "" : ", ").append(entry.getKey()).append(' ')
                    .append(Math.round(used / TICKS_PER_SECOND / seconds * 100)).append('%');
        }
        if (line.isEmpty()) {
            return "";
        }
        return line + "; total " + Math.round(total / TICKS_PER_SECOND / seconds * 100) + "% of "
                + Runtime.getRuntime().availableProcessors() * 100 + "%";
    }

    private static void add(Map<String, Long> ticks, String name, long pid) {
        long used = ticksOf(pid);
        if (used >= 0) {
            ticks.merge(name, used, Long::sum);
        }
    }

    /** utime + stime, fields 14 and 15 of /proc/[pid]/stat; the command name before them may contain spaces. */
    private static long ticksOf(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
