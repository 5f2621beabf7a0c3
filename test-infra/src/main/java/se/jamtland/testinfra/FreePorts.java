package se.jamtland.testinfra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/**
 * Ports for services that tests and benches start, so they never clash with each other or with a running devstack
 * (which keeps architecture.md's fixed ports).
 */
public final class FreePorts {

    private FreePorts() {
    }

    /** Free ports chosen by the OS, all held open together so no two are the same. */
    public static List<Integer> take(int count) {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                sockets.add(new ServerSocket(0, 1, InetAddress.getLoopbackAddress()));
            }
            return sockets.stream().map(ServerSocket::getLocalPort).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on 127.0.0.1", e);
        } finally {
            for (ServerSocket socket : sockets) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // A socket that was never bound or is closed already: the port is free either way.
                }
            }
        }
    }

    /** One free port, e.g. an address where nothing listens. */
    public static int one() {
        return take(1).get(0);
    }
}
