package se.jamtland.devstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Which process listens on a TCP port, so that "port in use" can say what to stop (issue 9 §6). Read from Linux's
 * /proc: the listening sockets in /proc/net/tcp and tcp6 give an inode, and the process whose /proc/<pid>/fd links
 * to {@code socket:[inode]} holds it. Elsewhere, or for another user's process, it cannot tell and says so.
 */
final class PortHolders {

    /** /proc/net/tcp's state column: 0A is LISTEN. */
    private static final String LISTEN = "0A";

    /** Long arguments (a class path) are shortened, so the holder fits on a line. */
    private static final int MAX_ARGUMENT = 60;
    private static final int MAX_COMMAND = 300;

    private final Path proc;

    PortHolders(Path proc) {
        this.proc = proc;
    }

    static PortHolders linux() {
        return new PortHolders(Path.of("/proc"));
    }

    /** e.g. "pid 4242: java -Xmx256m … -cp … se.jamtland.cmv.Application", or why it cannot be told. */
    Map<Integer, String> describe(Collection<Integer> ports) {
        Map<Integer, String> described = new LinkedHashMap<>();
        Map<Long, Integer> inodes = listeningInodes(Set.copyOf(ports));
        Map<Integer, List<Long>> holders = inodes.isEmpty() ? Map.of() : pidsHolding(inodes);
        for (int port : ports) {
            List<Long> pids = holders.getOrDefault(port, List.of());
            if (!pids.isEmpty()) {
                described.put(port, String.join("; ", pids.stream().map(this::process).toList()));
            } else if (inodes.containsValue(port)) {
                described.put(port, "held by a process this user may not look at (`ss -ltnp` as root names it)");
            } else {
                described.put(port, "holder unknown (`ss -ltnp` or `lsof -i :" + port + "` names it)");
            }
        }
        return described;
    }

    /** socket inode → local port, for the sockets listening on one of the ports. */
    private Map<Long, Integer> listeningInodes(Set<Integer> ports) {
        Map<Long, Integer> inodes = new HashMap<>();
        for (String table : List.of("net/tcp", "net/tcp6")) {
            List<String> lines;
            try {
                lines = Files.readAllLines(proc.resolve(table));
            } catch (IOException e) {
                continue;
            }
            // "sl local_address rem_address st tx_queue:rx_queue tr:tm->when retrnsmt uid timeout inode ..."
            for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
                String[] fields = line.trim().split("\\s+");
                if (fields.length < 10 || !fields[3].equals(LISTEN)) {
                    continue;
                }
                String local = fields[1];
                try {
                    int port = Integer.parseInt(local.substring(local.lastIndexOf(':') + 1), 16);
                    long inode = Long.parseLong(fields[9]);
                    if (ports.contains(port) && inode != 0) {
                        inodes.put(inode, port);
                    }
                } catch (NumberFormatException | StringIndexOutOfBoundsException malformed) {
                    // Not a socket line; the table's format is the kernel's, skip what does not fit it.
                }
            }
        }
        return inodes;
    }

    /** port → pids with a file descriptor on one of its listening sockets. */
    private Map<Integer, List<Long>> pidsHolding(Map<Long, Integer> inodes) {
        Map<Integer, List<Long>> holders = new HashMap<>();
        try (Stream<Path> processes = Files.list(proc)) {
            for (Path process : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                long pid = Long.parseLong(process.getFileName().toString());
                for (int port : portsHeldBy(process, inodes)) {
                    List<Long> pids = holders.computeIfAbsent(port, p -> new ArrayList<>());
                    if (!pids.contains(pid)) {
                        pids.add(pid);
                    }
                }
            }
        } catch (IOException e) {
            return holders;
        }
        return holders;
    }

    private static List<Integer> portsHeldBy(Path process, Map<Long, Integer> inodes) {
        List<Integer> held = new ArrayList<>();
        try (Stream<Path> fds = Files.list(process.resolve("fd"))) {
            for (Path fd : fds.toList()) {
                socketInode(fd).map(inodes::get).ifPresent(held::add);
            }
        } catch (IOException | SecurityException e) {
            // Gone meanwhile, or another user's: nothing to learn from it.
        }
        return held;
    }

    private static Optional<Long> socketInode(Path fd) {
        try {
            String target = Files.readSymbolicLink(fd).toString();
            if (target.startsWith("socket:[") && target.endsWith("]")) {
                return Optional.of(Long.parseLong(target.substring("socket:[".length(), target.length() - 1)));
            }
        } catch (IOException | NumberFormatException e) {
            // Closed meanwhile, or not a socket.
        }
        return Optional.empty();
    }

    /** "pid 4242: java -Xmx256m -cp … se.jamtland.cmv.Application", from what the OS tells of it. */
    String process(long pid) {
        // /proc/<pid>/cmdline first: ProcessHandle.Info gives no arguments at all for a command line as long as a
        // service's (its class path alone is kilobytes).
        try {
            String[] words = Files.readString(proc.resolve(Long.toString(pid)).resolve("cmdline"),
                    StandardCharsets.UTF_8).split("\0");
            if (words.length > 0 && !words[0].isEmpty()) {
                return "pid " + pid + ": " + summarise(words[0], Arrays.copyOfRange(words, 1, words.length));
            }
        } catch (IOException | RuntimeException e) {
            // Gone meanwhile, another user's, or no /proc: ask the JDK instead.
        }
        Optional<ProcessHandle.Info> info = ProcessHandle.of(pid).map(ProcessHandle::info);
        return "pid " + pid + ": " + summarise(info.flatMap(ProcessHandle.Info::command).orElse(null),
                info.flatMap(ProcessHandle.Info::arguments).orElse(new String[0]));
    }

    static String summarise(String command, String[] arguments) {
        StringBuilder line = new StringBuilder(command == null ? "(command not visible)"
                : Path.of(command).getFileName().toString());
        for (String argument : arguments) {
            line.append(' ').append(argument.length() > MAX_ARGUMENT ? "…" : argument);
        }
        return line.length() > MAX_COMMAND ? line.substring(0, MAX_COMMAND) + " …" : line.toString();
    }
}
