package se.jamtland.devstack;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SettingsTest {

    @AfterEach
    void forgetTheSetting() {
        System.clearProperty("devstack.startup");
    }

    @Test
    void services_start_as_deployed_unless_told_otherwise() {
        assertThat(Settings.fromEnvironment().startup()).isEqualTo("deployed");
    }

    @Test
    void a_start_up_setting_is_read_whatever_its_case() {
        System.setProperty("devstack.startup", "AppCDS");

        assertThat(Settings.fromEnvironment().startup()).isEqualTo("appcds");
    }

    @Test
    void an_unknown_start_up_setting_is_refused_naming_the_ones_there_are() {
        System.setProperty("devstack.startup", "fast");

        assertThatThrownBy(Settings::fromEnvironment)
                .isInstanceOf(DevStackException.class)
                .hasMessageContaining("deployed, appcds or plain")
                .hasMessageContaining("'fast'");
    }
}
