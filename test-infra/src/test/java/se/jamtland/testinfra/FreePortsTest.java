package se.jamtland.testinfra;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FreePortsTest {

    @Test
    void ports_taken_together_are_all_different_and_each_can_be_listened_on() throws IOException {
        List<Integer> ports = FreePorts.take(5);

        assertThat(ports).hasSize(5).doesNotHaveDuplicates().allMatch(port -> port > 0);
        for (int port : ports) {
            try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                assertThat(socket.getLocalPort()).isEqualTo(port);
            }
        }
    }
}
