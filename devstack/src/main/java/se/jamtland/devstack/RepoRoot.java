package se.jamtland.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the repository root: the nearest folder upwards whose pom.xml lists devstack as a module. Searched from
 * the working directory first (exec:java keeps Maven's, which may be the root or a module), then from where
 * devstack's own classes are, so starting it from an IDE or another folder works too.
 */
public final class RepoRoot {

    private static final Pattern DEVSTACK_MODULE = Pattern.compile("<module>\\s*devstack\\s*</module>");

    private RepoRoot() {
    }

    public static Path locate() {
        List<Path> starts = new ArrayList<>();
        starts.add(Path.of("").toAbsolutePath());
        codeLocation().ifPresent(starts::add);
        for (Path start : starts) {
            Optional<Path> root = findFrom(start);
            if (root.isPresent()) {
                return root.get();
            }
        }
        throw new DevStackException("Could not find the repository root (a pom.xml with <module>devstack</module>)"
                + " above " + starts + ". Start devstack from inside the repository, e.g. from its root:"
                + " mvn -q -pl devstack exec:java");
    }

    static Optional<Path> findFrom(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            Path pom = dir.resolve("pom.xml");
            if (Files.isRegularFile(pom) && listsDevstack(pom)) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }

    private static boolean listsDevstack(Path pom) {
        try {
            return DEVSTACK_MODULE.matcher(Files.readString(pom)).find();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + pom, e);
        }
    }

    private static Optional<Path> codeLocation() {
        try {
            var source = RepoRoot.class.getProtectionDomain().getCodeSource();
            return source == null ? Optional.empty() : Optional.of(Path.of(source.getLocation().toURI()));
        } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
