package se.jamtland.unit.metrics;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP forwarder on a loopback port to a server of this machine, which the test can cut: every connection
 * through it is closed and new ones are refused, as when the database's host goes away.
 */
final class Forwarder implements AutoCloseable {

    private final ServerSocket listening;
    private final List<Socket> open = new CopyOnWriteArrayList<>();

    Forwarder(String host, int port) throws IOException {
        this.listening = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accepting = new Thread(() -> accept(host, port), "forwarder-" + listening.getLocalPort());
        accepting.setDaemon(true);
        accepting.start();
    }

    int port() {
        return listening.getLocalPort();
    }

    private void accept(String host, int port) {
        while (!listening.isClosed()) {
            try {
                Socket client = listening.accept();
                Socket server = new Socket(host, port);
                open.add(client);
                open.add(server);
                pipe(client, server);
                pipe(server, client);
            } catch (IOException closed) {
                return;
            }
        }
    }

    private static void pipe(Socket from, Socket to) {
        Thread thread = new Thread(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException ended) {
                // One side went away: the other is closed below.
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "forwarder-pipe");
        thread.setDaemon(true);
        thread.start();
    }

    /** Closes the port and every connection through it. */
    @Override
    public void close() throws IOException {
        listening.close();
        open.forEach(Forwarder::closeQuietly);
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // Already closed.
        }
    }
}
