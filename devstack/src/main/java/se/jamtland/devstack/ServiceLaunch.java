package se.jamtland.devstack;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Which Java, classpath and start-up cache a service's JVM is started with (issue 9 §7). Measured on the
 * eligibility-service (bench/README.md): most of its start is loading and linking some 6,400 classes, which a
 * class-data archive made for its exact classpath takes off. So a service starts as a deployment would start it:
 * from its jar (archives cannot hold classes from a directory), on Java 25 with an AOT cache (JEP 483/514) where a
 * Java 25 is installed, else on this Java with an AppCDS archive (Java 17: {@code -XX:SharedArchiveFile}), else
 * as before. The code is always compiled for Java 17.
 *
 * <p>A cache is made by the first start that lacks it (a "training" start, which runs normally) and written when
 * that JVM exits; every later start of the same jars on the same Java uses it. Nothing is made during the build.
 * The cache sits in the module's {@code target/startup-cache}, keyed by the Java and by every classpath entry's
 * size and time, so a rebuilt jar gets a new one and {@code mvn clean} removes them.
 */
public final class ServiceLaunch {

    /** The kinds of start the bench compares; devstack uses {@link #deployed}. */
    public enum Mode {
        /** This Java, the module's target/classes, no archive: how services started before issue 9. */
        PLAIN,
        /** This Java (17) from the jar with a dynamic AppCDS archive. */
        APP_CDS,
        /** Java 25 from the jar with an AOT cache. */
        AOT_CACHE
    }

    /** The first Java with {@code -XX:AOTCacheOutput} (JEP 514), which makes the cache in one training run. */
    static final int AOT_CACHE_JAVA = 25;

    static final String CACHE_DIR = "target/startup-cache";

    private final Mode mode;
    private final Path java;
    private final String classpath;
    private final Path cache;
    private final String why;

    private ServiceLaunch(Mode mode, Path java, String classpath, Path cache, String why) {
        this.mode = mode;
        this.java = java;
        this.classpath = classpath;
        this.cache = cache;
        this.why = why;
    }

    /** As before issue 9: this JVM's Java, the compiled classes, no archive. */
    public static ServiceLaunch plain(Path root, ServiceSpec spec) {
        return new ServiceLaunch(Mode.PLAIN, currentJava(), ServiceProcess.classpath(root, spec), null, "");
    }

    /**
     * The best start this machine allows: an AOT cache on Java 25 if one is installed, else AppCDS on this Java,
     * else {@link #plain}, with the reason in {@link #describe()}.
     */
    public static ServiceLaunch deployed(Path root, ServiceSpec spec) {
        String plainClasspath = ServiceProcess.classpath(root, spec);
        Optional<String> jarClasspath = jarClasspath(root, spec, plainClasspath);
        if (jarClasspath.isEmpty()) {
            return new ServiceLaunch(Mode.PLAIN, currentJava(), plainClasspath, null,
                    " (no start-up cache: " + spec.moduleDir() + "'s jar is missing or older than its classes;"
                            + " mvn -q -DskipTests install makes it)");
        }
        Optional<Path> java25 = JavaHomes.atLeast(AOT_CACHE_JAVA);
        if (java25.isPresent()) {
            return withCache(Mode.AOT_CACHE, java25.get(), root, spec, jarClasspath.get());
        }
        return withCache(Mode.APP_CDS, currentJava(), root, spec, jarClasspath.get());
    }

    /** One given kind of start, for the bench's comparison; empty where this machine cannot do it. */
    public static Optional<ServiceLaunch> of(Mode mode, Path root, ServiceSpec spec) {
        if (mode == Mode.PLAIN) {
            return Optional.of(plain(root, spec));
        }
        Optional<String> jarClasspath = jarClasspath(root, spec, ServiceProcess.classpath(root, spec));
        Optional<Path> java = mode == Mode.AOT_CACHE ? JavaHomes.atLeast(AOT_CACHE_JAVA) : Optional.of(currentJava());
        if (jarClasspath.isEmpty() || java.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(withCache(mode, java.get(), root, spec, jarClasspath.get()));
    }

    private static ServiceLaunch withCache(Mode mode, Path java, Path root, ServiceSpec spec, String classpath) {
        String key = key(java, classpath);
        Path cache = root.resolve(spec.moduleDir()).resolve(CACHE_DIR)
                .resolve(spec.name() + "-" + key + (mode == Mode.AOT_CACHE ? ".aot" : ".jsa"));
        return new ServiceLaunch(mode, java, classpath, cache, "");
    }

    /**
     * The same start with one more class path entry at the end (the bench's own endpoint): the cache, made for the
     * shorter class path, still holds, since a JVM accepts entries added after those it was made for. Without a
     * cache yet it makes none: a training run refuses a class path with a directory on it.
     */
    public ServiceLaunch withAppended(String entry) {
        return new ServiceLaunch(mode, java, classpath + File.pathSeparator + entry, isTraining() ? null : cache, why);
    }

    public Mode mode() {
        return mode;
    }

    public Path java() {
        return java;
    }

    public String classpath() {
        return classpath;
    }

    /** Whether this start makes the cache (written when the JVM exits) rather than uses it. */
    public boolean isTraining() {
        return cache != null && !Files.isRegularFile(cache);
    }

    /** The JVM options that use or make the cache; none for {@link Mode#PLAIN}. */
    public List<String> cacheOptions() {
        if (cache == null) {
            return List.of();
        }
        boolean training = isTraining();
        if (training) {
            createDirectories(cache.getParent());
        }
        List<String> options = new ArrayList<>();
        if (mode == Mode.AOT_CACHE) {
            options.add(training ? "-XX:AOTCacheOutput=" + training() : "-XX:AOTCache=" + cache);
            // A training run lists every class it cannot cache (old bytecode, optional classes absent): noise.
            options.add("-Xlog:aot=error,cds=error");
            // What Java 24+ warns about at every start, for Netty's and zstd-jni's sake; Java 17 allows both silently.
            options.add("--sun-misc-unsafe-memory-access=allow");
            options.add("--enable-native-access=ALL-UNNAMED");
        } else {
            options.add(training ? "-XX:ArchiveClassesAtExit=" + training() : "-XX:SharedArchiveFile=" + cache);
            options.add("-Xlog:cds=error,cds+dynamic=error");
        }
        return options;
    }

    /**
     * Call once the JVM has exited: a training run's cache becomes the one later starts use. It was written under
     * another name, so a JVM killed while writing it leaves nothing a later start would trust.
     *
     * @return whether a cache was kept
     */
    public boolean keepTrainedCache() {
        if (cache == null || !Files.isRegularFile(training())) {
            return false;
        }
        try {
            removeOtherCaches();
            Files.move(training(), cache, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** e.g. "Java 25, AOT cache" for devstack's start lines and the bench's report. */
    public String describe() {
        String version = JavaHomes.majorVersion(java).map(v -> "Java " + v).orElse(java.toString());
        return switch (mode) {
            case PLAIN -> version + ", target/classes, no start-up cache" + why;
            case APP_CDS -> version + ", jar, AppCDS archive" + (isTraining() ? " (made at this run's exit)" : "");
            case AOT_CACHE -> version + ", jar, AOT cache" + (isTraining() ? " (made at this run's exit)" : "");
        };
    }

    private Path training() {
        return cache.resolveSibling(cache.getFileName() + ".training");
    }

    /** Older caches of this kind for this service (made for jars since rebuilt); the other kind's are kept. */
    private void removeOtherCaches() throws IOException {
        String name = cache.getFileName().toString();
        String prefix = serviceName() + "-";
        String suffix = name.substring(name.lastIndexOf('.'));
        try (Stream<Path> files = Files.list(cache.getParent())) {
            for (Path old : files.filter(f -> f.getFileName().toString().startsWith(prefix))
                    .filter(f -> f.getFileName().toString().endsWith(suffix)).toList()) {
                Files.deleteIfExists(old);
            }
        }
    }

    private String serviceName() {
        String name = cache.getFileName().toString();
        return name.substring(0, name.lastIndexOf('-'));
    }

    /**
     * The module's jar in place of target/classes, if it is at least as new as every compiled class (else a
     * {@code mvn compile} since the last install would go unseen) and every other entry is a jar too.
     */
    static Optional<String> jarClasspath(Path root, ServiceSpec spec, String plainClasspath) {
        Path target = root.resolve(spec.moduleDir()).resolve("target");
        Path classes = target.resolve("classes");
        Optional<Path> jar = moduleJar(target, spec);
        if (jar.isEmpty() || lastModified(jar.get()) < newestIn(classes)) {
            return Optional.empty();
        }
        List<String> entries = new ArrayList<>(Arrays.asList(plainClasspath.split(File.pathSeparator)));
        entries.set(0, jar.get().toString());
        if (entries.stream().skip(1).anyMatch(entry -> Files.isDirectory(Path.of(entry)))) {
            return Optional.empty();
        }
        return Optional.of(String.join(File.pathSeparator, entries));
    }

    private static Optional<Path> moduleJar(Path target, ServiceSpec spec) {
        if (!Files.isDirectory(target)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(f -> {
                String name = f.getFileName().toString();
                return name.startsWith(spec.moduleDir() + "-") && name.endsWith(".jar")
                        && !name.endsWith("-tests.jar") && !name.endsWith("-sources.jar")
                        && !name.endsWith("-javadoc.jar")
                        // The shaded jar (issue 16 §1) holds the whole class path again: the module's own jar
                        // with its dependencies beside it is the class path the start-up cache is made for.
                        && !name.endsWith("-runnable.jar");
            }).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static long newestIn(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(ServiceLaunch::lastModified).max().orElse(0);
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }

    private static long lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    /** Changes whenever the Java or any classpath entry does, so a cache is never used for other code. */
    private static String key(Path java, String classpath) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(java.toRealPath().toString().getBytes(StandardCharsets.UTF_8));
            for (String entry : classpath.split(File.pathSeparator)) {
                Path path = Path.of(entry);
                digest.update((entry + "|" + Files.size(path) + "|" + lastModified(path) + "\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the classpath " + classpath, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create " + dir, e);
        }
    }

    static Path currentJava() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }
}
