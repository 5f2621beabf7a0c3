package se.jamtland.devstack.standin;

import com.sun.net.httpserver.HttpServer;
import se.jamtland.runtime.ParentWatch;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/** Answers {@code GET /health} on the port a service is given, as a service's management endpoint does. */
public final class StandInHealthService {

    private StandInHealthService() {
    }

    public static void main(String[] args) throws Exception {
        ParentWatch.startIfAsked();
        int port = Integer.parseInt(System.getenv("MICRONAUT_SERVER_PORT"));
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/health", exchange -> {
            byte[] body = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        System.out.println("stand-in up on " + port);
    }
}
