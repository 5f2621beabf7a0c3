package se.jamtland.events;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class UnitTest {

    @Test
    void the_id_pattern_names_exactly_the_units_ids() {
        assertThat(List.of(Unit.ID_PATTERN.split("\\|"))).containsExactlyElementsOf(Unit.ids());
        Pattern pattern = Pattern.compile(Unit.ID_PATTERN);
        assertThat(Unit.ids()).allMatch(id -> pattern.matcher(id).matches());
        assertThat(pattern.matcher("county").matches()).isFalse();
    }

    @Test
    void a_unit_is_found_by_its_id_and_an_unknown_id_finds_none() {
        assertThat(Unit.byId("familjeradgivning")).contains(Unit.FAMILJERADGIVNING);
        assertThat(Unit.byId("gateway")).isEmpty();
    }
}
