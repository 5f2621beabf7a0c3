package se.jamtland.devstack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 9 §6: "Port(s) already in use" must say what holds them, so the user knows what to stop. */
@EnabledOnOs(OS.LINUX)
class PortHoldersTest {

    private static final long OWN_PID = ProcessHandle.current().pid();

    @TempDir
    Path emptyProc;

    @Test
    void a_listening_port_is_named_with_the_pid_and_command_of_the_process_that_holds_it() throws IOException {
        try (ServerSocket socket = listening()) {
            int port = socket.getLocalPort();

            String holder = PortHolders.linux().describe(List.of(port)).get(port);

            assertThat(holder).startsWith("pid " + OWN_PID + ": java");
        }
    }

    @Test
    void devstack_refuses_to_start_on_a_taken_port_naming_what_it_wanted_it_for_and_who_holds_it() throws IOException {
        try (ServerSocket socket = listening()) {
            int port = socket.getLocalPort();
            Map<Integer, String> ports = new LinkedHashMap<>();
            ports.put(port, "cmv-service");

            assertThatThrownBy(() -> DevStack.requireFree(ports, PortHolders.linux()))
                    .isInstanceOf(DevStackException.class)
                    .hasMessageContaining("Port(s) already in use")
                    .hasMessageContaining(port + " (cmv-service), pid " + OWN_PID + ": java")
                    .hasMessageContaining("kill <pid>");
        }
    }

    @Test
    void where_the_holder_cannot_be_read_the_message_says_so_and_how_to_find_it() throws IOException {
        try (ServerSocket socket = listening()) {
            int port = socket.getLocalPort();

            String holder = new PortHolders(emptyProc).describe(List.of(port)).get(port);

            assertThat(holder).isEqualTo("holder unknown (`ss -ltnp` or `lsof -i :" + port + "` names it)");
        }
    }

    @Test
    void a_long_argument_such_as_a_class_path_is_shortened_so_the_holder_fits_on_a_line() {
        String classpath = "/m2/a.jar:".repeat(100);

        String shown = PortHolders.summarise("/usr/lib/jvm/java-17/bin/java",
                new String[] {"-Xmx256m", "-cp", classpath, "se.jamtland.cmv.Application"});

        assertThat(shown).isEqualTo("java -Xmx256m -cp … se.jamtland.cmv.Application");
    }

    @Test
    void a_free_port_passes() throws IOException {
        int port;
        try (ServerSocket socket = listening()) {
            port = socket.getLocalPort();
        }
        Map<Integer, String> ports = Map.of(port, "cmv-service");

        assertThatCode(() -> DevStack.requireFree(ports, new PortHolders(emptyProc))).doesNotThrowAnyException();
    }

    private static ServerSocket listening() throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        return socket;
    }
}
