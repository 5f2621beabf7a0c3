package se.jamtland.testinfra;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TestInfrastructureTest {

    @AfterEach
    void clearSettings() {
        System.clearProperty(ExternalServers.DB_URL);
        System.clearProperty(ExternalServers.KAFKA_BOOTSTRAP);
        System.clearProperty(TestInfrastructure.MODE);
    }

    @Test
    void configured_external_servers_win_over_containers_and_embedded() {
        System.setProperty(ExternalServers.DB_URL, "jdbc:mariadb://db.example:3306/");
        System.setProperty(ExternalServers.KAFKA_BOOTSTRAP, "kafka.example:9092");

        assertThat(TestInfrastructure.databaseSource()).isEqualTo(TestInfrastructure.Source.EXTERNAL);
        assertThat(TestInfrastructure.kafkaSource()).isEqualTo(TestInfrastructure.Source.EXTERNAL);
    }

    @Test
    void embedded_servers_can_be_forced_even_where_docker_runs() {
        System.setProperty(TestInfrastructure.MODE, "embedded");

        assertThat(TestInfrastructure.databaseSource()).isEqualTo(TestInfrastructure.Source.EMBEDDED);
        assertThat(TestInfrastructure.kafkaSource()).isEqualTo(TestInfrastructure.Source.EMBEDDED);
    }

    @Test
    void an_external_database_url_gets_the_database_name_appended() {
        DatabaseServer server = ExternalServers.database("jdbc:mariadb://db.example:3306");

        assertThat(server.jdbcUrl("cmv")).isEqualTo("jdbc:mariadb://db.example:3306/cmv");
    }

    @Test
    void a_database_name_that_could_inject_sql_is_refused() {
        DatabaseServer server = ExternalServers.database("jdbc:mariadb://db.example:3306/");

        assertThatThrownBy(() -> server.jdbcUrl("cmv`; DROP DATABASE x"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
