package se.jamtland.bench;

import org.junit.jupiter.api.Test;
import se.jamtland.devstack.RepoRoot;
import se.jamtland.events.ActivityEvent;
import se.jamtland.events.ActivityKind;
import se.jamtland.events.Channel;
import se.jamtland.events.ClosureReason;
import se.jamtland.events.Unit;
import se.jamtland.events.Vocabulary;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class CountyVolumeBenchTest {

    @Test
    void every_grouping_of_one_to_four_of_the_eight_dimensions_is_asked_once() {
        List<List<String>> groupings = CountyVolumeBench.allGroupings(4);

        assertThat(groupings).hasSize(8 + 28 + 56 + 70).doesNotHaveDuplicates();
        assertThat(groupings).allSatisfy(grouping -> assertThat(grouping).doesNotHaveDuplicates()
                .isSubsetOf(CountyVolumeBench.DIMENSIONS));
    }

    @Test
    void the_smoke_asks_six_groupings_with_every_size_among_them_and_the_widest_last() {
        List<List<String>> chosen = CountyVolumeBench.chosenGroupings(4, 6);

        assertThat(chosen).hasSize(6);
        assertThat(chosen.stream().map(List::size).collect(Collectors.toSet())).containsExactlyInAnyOrder(1, 2, 3, 4);
        assertThat(chosen.get(5)).containsExactly("kommun", "ageBand", "gender", "channel");
    }

    @Test
    void the_made_up_county_activity_uses_every_value_of_every_dimension_and_the_catalogs_insatser() {
        CountyEvents county = new CountyEvents(RepoRoot.locate(), YearMonth.of(2025, 7), 18, 11);
        List<ActivityEvent> events = IntStream.range(0, 20_000).mapToObj(i -> county.next(Instant.now())).toList();

        assertThat(county.insatser()).hasSize(18);
        assertThat(values(events, e -> e.activityDate().toString().substring(0, 7))).hasSize(18)
                .contains("2025-07", "2026-12");
        assertThat(values(events, ActivityEvent::unit)).containsExactlyInAnyOrderElementsOf(Unit.ids());
        assertThat(values(events, ActivityEvent::insats)).containsExactlyInAnyOrderElementsOf(
                county.insatser().stream().map(CountyEvents.Insats::id).toList());
        assertThat(values(events, ActivityEvent::kind)).containsExactlyInAnyOrder(ActivityKind.values());
        assertThat(values(events, ActivityEvent::kommun)).containsExactlyInAnyOrderElementsOf(Vocabulary.KOMMUNER);
        assertThat(values(events, ActivityEvent::ageBand)).containsExactlyInAnyOrderElementsOf(Vocabulary.AGE_BANDS);
        assertThat(values(events, ActivityEvent::gender)).containsExactlyInAnyOrderElementsOf(Vocabulary.GENDERS);
        assertThat(values(events, ActivityEvent::channel)).containsAll(
                Arrays.stream(Channel.values()).map(Enum::name).toList());
        assertThat(values(events, ActivityEvent::closureReason)).containsAll(
                Arrays.stream(ClosureReason.values()).map(Enum::name).toList());
    }

    @Test
    void a_session_takes_a_channel_its_insats_allows() {
        CountyEvents county = new CountyEvents(RepoRoot.locate(), YearMonth.of(2025, 7), 18, 11);

        List<ActivityEvent> ivin = IntStream.range(0, 20_000).mapToObj(i -> county.next(Instant.now()))
                .filter(e -> e.insats().equals("cmv-samtal-om-vald-ivin") && e.channel() != null).toList();

        assertThat(ivin).isNotEmpty();
        assertThat(values(ivin, ActivityEvent::channel)).containsExactlyInAnyOrder("DIGITAL", "VISIT");
    }

    private static <T> Set<T> values(List<ActivityEvent> events, Function<ActivityEvent, T> field) {
        Set<T> values = new HashSet<>();
        events.forEach(event -> values.add(field.apply(event)));
        return values;
    }
}
