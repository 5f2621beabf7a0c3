package se.jamtland.devstack;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServicesTest {

    /** architecture.md, "Fixed local ports (devstack and docs)". */
    static final Map<String, Integer> ARCHITECTURE_PORTS = Map.of(
            "gateway", 8080,
            "eligibility-service", 8081,
            "cmv-service", 8082,
            "minimaria-service", 8083,
            "familjeradgivning-service", 8084,
            "barnahus-service", 8085,
            "statistics-service", 8086);

    @Test
    void every_service_has_its_own_port() {
        assertThat(Services.ALL).extracting(ServiceSpec::port).doesNotHaveDuplicates();
    }

    @Test
    void every_service_has_its_own_name_and_module() {
        assertThat(Services.ALL).extracting(ServiceSpec::name).doesNotHaveDuplicates();
        assertThat(Services.ALL).extracting(ServiceSpec::moduleDir).doesNotHaveDuplicates();
    }

    @Test
    void no_two_services_share_a_database() {
        assertThat(Services.ALL.stream().map(ServiceSpec::databaseName).filter(Objects::nonNull))
                .doesNotHaveDuplicates();
    }

    @Test
    void every_service_runs_on_the_port_architecture_md_fixes_for_it() {
        assertThat(Services.ALL).allSatisfy(spec ->
                assertThat(spec.port()).as(spec.name()).isEqualTo(ARCHITECTURE_PORTS.get(spec.name())));
    }

    @Test
    void no_service_port_collides_with_the_default_database_port() {
        assertThat(Services.ALL).extracting(ServiceSpec::port).doesNotContain(Settings.DEFAULT_DATABASE_PORT);
    }

    @Test
    void eligibility_service_is_stateless_and_runs_its_micronaut_application() {
        assertThat(Services.ALL).contains(new ServiceSpec("eligibility-service", "eligibility-service",
                "se.jamtland.eligibility.Application", 8081, null, false));
    }

    @Test
    void a_database_name_mariadb_would_refuse_is_rejected_when_the_list_is_built() {
        assertThatThrownBy(() -> new ServiceSpec("cmv-service", "cmv-service", "se.jamtland.cmv.Application", 8082,
                "cmv-db", false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cmv-db");
    }
}
