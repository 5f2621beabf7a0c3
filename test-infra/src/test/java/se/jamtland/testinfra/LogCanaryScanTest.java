package se.jamtland.testinfra;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LogCanaryScanTest {

    @TempDir
    Path logs;

    @Test
    void a_planted_canary_fails_the_scan_with_its_file_line_and_kind() throws IOException {
        write("tests-1.log", "10:00:00.000 INFO  se.jamtland.unit - case opened",
                "{\"level\":\"DEBUG\",\"formattedMessage\":\"person 191212121212 saved\"}");
        write("minimaria-service-4711.log", "10:00:01.000 INFO  se.jamtland.unit - ok",
                "10:00:02.000 WARN  se.jamtland.unit - guardian " + Canaries.GUARDIAN_NAME.toUpperCase(Locale.ROOT));

        assertThatThrownBy(() -> LogCanaryScan.main(new String[] {logs.toString()}))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("2 log line(s)")
                .hasMessageContaining(logs.resolve("tests-1.log") + ":2: PERSONNUMMER")
                .hasMessageContaining(logs.resolve("minimaria-service-4711.log") + ":2: NAME");
    }

    @Test
    void each_kind_of_canary_is_found_as_it_is_sent() throws IOException {
        write("tests-1.log", Canaries.FULL_NAME, Canaries.INVALID_PERSONNUMMER, "tel " + Canaries.PHONE,
                "mail " + Canaries.EMAIL, "bor på " + Canaries.ADDRESS);

        assertThat(LogCanaryScan.scan(logs).findings()).extracting(finding -> finding.canary().kind())
                .containsExactly(Canaries.Kind.NAME, Canaries.Kind.PERSONNUMMER, Canaries.Kind.PHONE,
                        Canaries.Kind.EMAIL, Canaries.Kind.ADDRESS);
    }

    @Test
    void clean_logs_pass_and_are_counted() throws IOException {
        write("tests-1.log", "10:00:00.000 INFO  se.jamtland.unit - case MM-2025-0001 opened",
                "{\"timestamp\":1757930400000,\"nanoseconds\":123456789,\"formattedMessage\":\"relay sent 3\"}");
        Files.write(logs.resolve("binary.log"), new byte[] {(byte) 0xff, (byte) 0xfe, '\n'});

        LogCanaryScan.Result result = LogCanaryScan.scan(logs);

        assertThat(result.findings()).isEmpty();
        assertThat(result.filesRead()).isEqualTo(2);
        assertThat(result.linesRead()).isEqualTo(3);
        assertThatCode(() -> LogCanaryScan.main(new String[] {logs.toString()})).doesNotThrowAnyException();
    }

    @Test
    void a_missing_directory_is_no_logs_not_a_failure() {
        assertThatCode(() -> LogCanaryScan.main(new String[] {logs.resolve("absent").toString()}))
                .doesNotThrowAnyException();
    }

    private void write(String name, String... lines) throws IOException {
        Files.write(logs.resolve(name), List.of(lines), StandardCharsets.UTF_8);
    }
}
