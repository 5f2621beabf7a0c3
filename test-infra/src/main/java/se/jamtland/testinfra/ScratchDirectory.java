package se.jamtland.testinfra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A folder whose contents are scratch (devstack's and the benches' databases and topics), never kept between runs. */
public final class ScratchDirectory {

    private ScratchDirectory() {
    }

    /** Deletes the folder with everything in it, if it exists, and creates it empty. */
    public static Path recreate(Path dir) {
        remove(dir);
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare " + dir, e);
        }
    }

    /** Deletes the folder with everything in it, if it exists (a browser's profile once the browser ended). */
    public static void remove(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not remove " + dir, e);
        }
    }
}
