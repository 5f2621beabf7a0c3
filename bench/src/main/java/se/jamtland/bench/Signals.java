package se.jamtland.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * SIGSTOP and SIGCONT for a child process (Java has only SIGTERM and SIGKILL). A fault that must land in a window
 * of a few milliseconds (between a commit and the next step) is caught by freezing the process the moment the
 * bench sees the first half happen, checking with the process frozen that it is inside the window, and only then
 * killing it. One shell is kept open for it, so a signal costs a pipe write, not a process start.
 */
final class Signals implements AutoCloseable {

    private final Process shell;
    private final Writer commands;
    private final BufferedReader answers;

    Signals() {
        try {
            shell = new ProcessBuilder("sh").redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start sh for sending signals", e);
        }
        commands = shell.outputWriter(StandardCharsets.US_ASCII);
        answers = shell.inputReader(StandardCharsets.US_ASCII);
    }

    /** Freezes the process: it runs no instruction until {@link #resume}; its sockets stay open. */
    synchronized void freeze(long pid) {
        send("STOP", pid);
    }

    synchronized void resume(long pid) {
        send("CONT", pid);
    }

    private void send(String signal, long pid) {
        try {
            commands.write("kill -" + signal + " " + pid + "; echo $?\n");
            commands.flush();
            String status = answers.readLine();
            if (!"0".equals(status)) {
                throw new IllegalStateException("kill -" + signal + " " + pid + " answered " + status);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not send SIG" + signal + " to " + pid, e);
        }
    }

    @Override
    public synchronized void close() {
        shell.destroy();
    }
}
