package se.jamtland.testsupport.browser;

import org.junit.jupiter.api.Test;
import se.jamtland.access.Roles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdpLoginPageTest {

    @Test
    void the_claims_of_a_member_of_staff_are_the_unit_and_a_list_of_the_one_role() {
        assertThat(IdpLoginPage.claims("cmv", Roles.STAFF)).isEqualTo("{\"unit\":\"cmv\",\"roles\":[\"STAFF\"]}");
        assertThat(IdpLoginPage.claims("minimaria", Roles.UNIT_MANAGER))
                .isEqualTo("{\"unit\":\"minimaria\",\"roles\":[\"UNIT_MANAGER\"]}");
    }

    @Test
    void a_unit_or_role_that_is_not_a_plain_word_is_refused_rather_than_typed_into_the_json() {
        assertThatThrownBy(() -> IdpLoginPage.claims("cmv\",\"roles\":[\"UNIT_MANAGER", Roles.STAFF))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IdpLoginPage.claims("cmv", "STAFF\"]"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
