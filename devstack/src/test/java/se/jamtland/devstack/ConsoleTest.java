package se.jamtland.devstack;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConsoleTest {

    @Test
    void a_services_readable_log_line_is_shown_as_it_is() {
        String line = "09:12:01.123 cmv-service               INFO  Startup completed in 812ms.";

        assertThat(Console.fromService("cmv-service", line)).isEqualTo(line);
    }

    @Test
    void other_output_of_a_service_gets_the_same_columns_marked_out() {
        String shown = Console.fromService("cmv-service", "WARNING: A restricted method in java.lang.System has been called");

        assertThat(shown).matches("\\d{2}:\\d{2}:\\d{2}\\.\\d{3} cmv-service {15}OUT   WARNING: A restricted method.*");
    }

    @Test
    void a_very_long_output_line_such_as_a_class_path_is_cut_so_one_line_stays_one_line() {
        String shown = Console.fromService("cmv-service", "Picked up JAVA_TOOL_OPTIONS: " + "/m2/a.jar:".repeat(500));

        assertThat(shown).endsWith(" …");
        assertThat(shown.length()).isLessThan(Console.MAX_RAW_LENGTH + 50);
    }

    @Test
    void devstacks_own_lines_name_devstack_in_the_service_column() {
        assertThat(Console.line(Console.DEVSTACK, "INFO", "starting Kafka ..."))
                .matches("\\d{2}:\\d{2}:\\d{2}\\.\\d{3} devstack {18}INFO  starting Kafka \\.\\.\\.");
    }
}
