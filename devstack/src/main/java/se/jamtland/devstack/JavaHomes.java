package se.jamtland.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds an installed Java of at least a given version: {@code devstack.java25.home} / {@code DEVSTACK_JAVA25_HOME}
 * if set, else this JVM's own Java if new enough, else the newest under /usr/lib/jvm (where Debian's packages and
 * Temurin's install). Read from each JDK's {@code release} file, so nothing is started to ask it.
 */
final class JavaHomes {

    static final Path SYSTEM_JVMS = Path.of("/usr/lib/jvm");

    private static final Pattern JAVA_VERSION = Pattern.compile("^JAVA_VERSION=\"(\\d+)", Pattern.MULTILINE);

    private JavaHomes() {
    }

    /** @return the {@code bin/java} of a Java of at least {@code version} */
    static Optional<Path> atLeast(int version) {
        String configured = System.getProperty("devstack.java25.home", System.getenv("DEVSTACK_JAVA25_HOME"));
        if (configured != null && !configured.isBlank()) {
            Path home = Path.of(configured.strip());
            return homeVersion(home).filter(v -> v >= version).map(v -> java(home));
        }
        Path own = Path.of(System.getProperty("java.home"));
        if (homeVersion(own).filter(v -> v >= version).isPresent()) {
            return Optional.of(java(own));
        }
        return newestUnder(SYSTEM_JVMS, version);
    }

    static Optional<Path> newestUnder(Path jvms, int version) {
        if (!Files.isDirectory(jvms)) {
            return Optional.empty();
        }
        try (Stream<Path> homes = Files.list(jvms)) {
            return homes.filter(home -> Files.isExecutable(java(home)))
                    .filter(home -> homeVersion(home).filter(v -> v >= version).isPresent())
                    .max(Comparator.comparing((Path home) -> homeVersion(home).orElse(0))
                            .thenComparing(Path::toString))
                    .map(JavaHomes::java);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The feature version (17, 25) of the Java whose {@code bin/java} this is. */
    static Optional<Integer> majorVersion(Path java) {
        Path home = java.getParent() == null ? null : java.getParent().getParent();
        return home == null ? Optional.empty() : homeVersion(home);
    }

    static Optional<Integer> homeVersion(Path home) {
        try {
            Matcher matcher = JAVA_VERSION.matcher(Files.readString(home.resolve("release")));
            return matcher.find() ? Optional.of(Integer.parseInt(matcher.group(1))) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Path java(Path home) {
        return home.resolve("bin").resolve("java");
    }
}
