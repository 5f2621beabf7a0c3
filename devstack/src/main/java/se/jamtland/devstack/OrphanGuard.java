package se.jamtland.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Ends a child that is not a JVM of ours (MariaDB's mariadbd) when devstack ends, however it ends (issue 9 §6):
 * the services watch devstack themselves ({@code ParentWatch}), mariadbd cannot. A small shell loop waits for
 * the watched process to be gone and then sends the child SIGTERM; devstack's own orderly stop ends the guard
 * first, so a pid that has since been reused is never signalled.
 */
final class OrphanGuard implements AutoCloseable {

    private static final Path SHELL = Path.of("/bin/sh");
    /** $1 is the watched pid, $2 the child's. One second between looks: the child's port is free soon after. */
    private static final String LOOP = "while kill -0 \"$1\" 2>/dev/null; do sleep 1; done; kill \"$2\" 2>/dev/null";

    private final Process guard;

    private OrphanGuard(Process guard) {
        this.guard = guard;
    }

    /** @return a guard, or empty where there is no POSIX shell (then only devstack's orderly stop ends the child) */
    static Optional<OrphanGuard> endWhenGone(ProcessHandle watched, ProcessHandle child) {
        if (!Files.isExecutable(SHELL)) {
            return Optional.empty();
        }
        try {
            Process guard = new ProcessBuilder(SHELL.toString(), "-c", LOOP, "orphan-guard",
                    Long.toString(watched.pid()), Long.toString(child.pid()))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return Optional.of(new OrphanGuard(guard));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The running children of this JVM whose program has this file name, e.g. {@code mariadbd}. */
    static java.util.List<ProcessHandle> childrenNamed(String program) {
        return ProcessHandle.current().descendants()
                .filter(p -> p.info().command().map(c -> Path.of(c).getFileName().toString().equals(program))
                        .orElse(false))
                .toList();
    }

    boolean isAlive() {
        return guard.isAlive();
    }

    @Override
    public void close() {
        guard.destroy();
    }
}
