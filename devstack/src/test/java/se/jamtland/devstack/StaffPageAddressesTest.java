package se.jamtland.devstack;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StaffPageAddressesTest {

    @Test
    void each_unit_service_gets_its_start_page_and_the_login_claims_of_its_unit_and_nothing_else_does() {
        assertThat(StaffPageAddresses.lines(Services.ALL)).containsExactly(
                "Centrum mot våld: http://localhost:8082/ (logga in som dev-cmv-staff, claims"
                        + " {\"unit\":\"cmv\",\"roles\":[\"STAFF\"]}; enhetschef: {\"unit\":\"cmv\",\"roles\":[\"UNIT_MANAGER\"]})",
                "Mini-Maria Jämtland Härjedalen: http://localhost:8083/ (logga in som dev-minimaria-staff, claims"
                        + " {\"unit\":\"minimaria\",\"roles\":[\"STAFF\"]}; enhetschef:"
                        + " {\"unit\":\"minimaria\",\"roles\":[\"UNIT_MANAGER\"]})",
                "Familjerådgivningen: http://localhost:8084/ (logga in som dev-familjeradgivning-staff, claims"
                        + " {\"unit\":\"familjeradgivning\",\"roles\":[\"STAFF\"]}; enhetschef:"
                        + " {\"unit\":\"familjeradgivning\",\"roles\":[\"UNIT_MANAGER\"]})",
                "Barnahus i Jämtlands län: http://localhost:8085/ (logga in som dev-barnahus-staff, claims"
                        + " {\"unit\":\"barnahus\",\"roles\":[\"STAFF\"]}; enhetschef:"
                        + " {\"unit\":\"barnahus\",\"roles\":[\"UNIT_MANAGER\"]})");
    }
}
