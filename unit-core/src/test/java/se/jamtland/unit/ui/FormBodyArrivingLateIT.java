package se.jamtland.unit.ui;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.jamtland.testsupport.pages.PageVisitor;
import se.jamtland.unit.testing.UnitServiceTestBase;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A form whose body reaches the service after its headers (a slow network, a large form): the CSRF check waits for
 * the body, then lets the write through. Found on the intake page (issue 13), where posts failed now and then with
 * a 500 when the check's answer came after the body had been waited for.
 */
@MicronautTest(environments = "unit", transactional = false)
class FormBodyArrivingLateIT extends UnitServiceTestBase {

    @Inject
    EmbeddedServer server;

    FormBodyArrivingLateIT() {
        super("cmv", "unit_core_form_body_late");
    }

    @Test
    void a_form_whose_body_comes_after_its_headers_is_checked_and_let_through() throws IOException {
        PageVisitor staff = new PageVisitor("http://localhost:" + server.getPort());
        String session = staff.logIn("anna-cmv", "cmv", "STAFF").headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("staff_session=")).findFirst().orElseThrow().split(";")[0];
        byte[] body = ("_csrf=" + staff.csrfOf("/")).getBytes(StandardCharsets.US_ASCII);

        try (Socket socket = new Socket("localhost", server.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /ui/logga-ut HTTP/1.1\r\nHost: localhost:" + server.getPort() + "\r\nCookie: " + session
                    + "\r\nContent-Type: application/x-www-form-urlencoded\r\nAccept: text/html\r\nContent-Length: "
                    + body.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            CompletableFuture.runAsync(() -> write(out, body),
                    CompletableFuture.delayedExecutor(300, TimeUnit.MILLISECONDS)).join();
            String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();

            assertThat(statusLine).isEqualTo("HTTP/1.1 303 See Other");
        }
    }

    private static void write(OutputStream out, byte[] body) {
        try {
            out.write(body);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
