package se.jamtland.bench;

import se.jamtland.devstack.ServiceProcess;
import se.jamtland.devstack.ServiceSpec;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A bench is one client sending far above any staff load, so the services' per-client limits (OWASP API4,
 * {@code rate-limits.<name>}) would measure themselves, not the service. These JVM options lift them.
 *
 * <p>The names are read from the configuration files on the child's own classpath, not listed here: a bench that
 * named {@code intake} and {@code decisions} failed at set-up once {@code POST /cases} also read eligibility's
 * catalog, whose {@code catalog} limit (20/s) it did not know, and the unit passed eligibility's 429 on. A limit a
 * service adds later is lifted without anyone remembering the bench.
 */
final class LiftedRateLimits {

    /**
     * Far above anything one bench client sends on two cores (a few thousand requests/s), yet an ordinary number:
     * a limiter must treat a huge value as "more" (issue 9, 5b), and this keeps the benches clear of that edge.
     */
    static final String LIFTED = "100000";

    private static final Pattern CONFIG_FILE = Pattern.compile("application(-[A-Za-z0-9_-]+)?\\.ya?ml");
    private static final Pattern TOP_LEVEL_KEY = Pattern.compile("^([A-Za-z0-9_-]+):.*");
    private static final Pattern LIMIT_NAME = Pattern.compile("^  ([A-Za-z0-9_-]+):\\s*(#.*)?$");

    private LiftedRateLimits() {
    }

    /** Options lifting every limit of the service's own configuration, then {@code javaOptions}, which win. */
    static List<String> thenOptions(Path root, ServiceSpec spec, List<String> javaOptions) {
        List<String> options = new ArrayList<>(javaOptions(ServiceProcess.classpath(root, spec)));
        options.addAll(javaOptions);
        return options;
    }

    /** Options lifting every limit that the configuration files on {@code classpath} define. */
    static List<String> javaOptions(String classpath) {
        List<String> options = new ArrayList<>();
        for (String limit : namesOn(classpath)) {
            options.add("-Drate-limits." + limit + ".per-second=" + LIFTED);
            options.add("-Drate-limits." + limit + ".burst=" + LIFTED);
        }
        return options;
    }

    static SortedSet<String> namesOn(String classpath) {
        SortedSet<String> names = new TreeSet<>();
        for (String entry : classpath.split(Pattern.quote(File.pathSeparator))) {
            if (entry.isBlank()) {
                continue;
            }
            Path path = Path.of(entry);
            try {
                if (Files.isDirectory(path)) {
                    try (Stream<Path> files = Files.list(path)) {
                        for (Path file : files.filter(f -> CONFIG_FILE.matcher(f.getFileName().toString()).matches())
                                .toList()) {
                            names.addAll(namesIn(Files.readString(file)));
                        }
                    }
                } else if (entry.endsWith(".jar") && Files.isRegularFile(path)) {
                    try (ZipFile jar = new ZipFile(path.toFile())) {
                        for (ZipEntry file : jar.stream().filter(e -> CONFIG_FILE.matcher(e.getName()).matches())
                                .toList()) {
                            try (InputStream in = jar.getInputStream(file)) {
                                names.addAll(namesIn(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                            }
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read the configuration in " + path, e);
            }
        }
        return names;
    }

    /**
     * The keys right under the top-level {@code rate-limits:} of one YAML file, written as the services write it
     * (block style, two-space indent). A line-level reading keeps the bench free of a YAML library.
     */
    static List<String> namesIn(String yaml) {
        List<String> names = new ArrayList<>();
        boolean inLimits = false;
        for (String line : yaml.split("\\R")) {
            Matcher top = TOP_LEVEL_KEY.matcher(line);
            if (top.matches()) {
                inLimits = top.group(1).equals("rate-limits");
                continue;
            }
            Matcher name = LIMIT_NAME.matcher(line);
            if (inLimits && name.matches()) {
                names.add(name.group(1));
            }
        }
        return names;
    }
}
