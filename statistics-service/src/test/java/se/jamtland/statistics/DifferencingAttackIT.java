package se.jamtland.statistics;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import se.jamtland.events.ActivityEvent;
import se.jamtland.events.ActivityKind;
import se.jamtland.statistics.consumer.CountRepository;
import se.jamtland.testsupport.Api;
import se.jamtland.testsupport.Database;
import se.jamtland.testsupport.TestIdp;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 11's attack, as a county statistician would make it, against the real consumer, MariaDB and the API: a small
 * count inside a big one, asked for by two overlapping questions (last month to this month, and last month alone) and
 * by the filter variants (unit, insats, kind) and nested groupings. Under the Cell Key Method the differences do not
 * give the small counts back (only by chance, and the attacker cannot tell when), and the same events always get the
 * same published number, whichever question asks for them.
 *
 * <p>Every kommun × two age bands is one pair: 10 events of cmv's Stödsamtal för våldsutsatta (SESSION_HELD, women,
 * last month), and beside them one small group (1 to 4 events) for each attack, differing from the big one only in
 * the month, the kind, the insats, the unit or the gender. The true differences are read from the database, so the
 * test holds whatever else other tests of this JVM put on the shared topic.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DifferencingAttackIT implements TestPropertyProvider {

    private static final List<String> KOMMUNER =
            List.of("2303", "2305", "2309", "2313", "2321", "2326", "2361", "2380", "other", "unknown");
    private static final List<String> AGE_BANDS = List.of("50-64", "65+");
    private static final String BIG_INSATS = "cmv-stodsamtal-vald";
    private static final String OTHER_INSATS = "cmv-samtal-om-vald";
    private static final int BIG = 10;
    private static final int PAIRS = KOMMUNER.size() * AGE_BANDS.size();

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    JsonMapper json;

    @Inject
    CountRepository counts;

    @Inject
    Clock clock;

    private KafkaProducer<String, String> producer;
    private Database db;
    private String last;
    private String now;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = StatisticsTestProperties.forDatabase("statistics_differencing_test");
        // The attack asks many questions in a row.
        StatisticsTestProperties.withoutRateLimit(properties);
        producer = StatisticsTestProperties.eventProducer();
        db = Database.of(properties);
        return properties;
    }

    @BeforeAll
    void publishTheEvents() throws Exception {
        YearMonth thisMonth = YearMonth.now(clock);
        last = thisMonth.minusMonths(1).toString();
        now = thisMonth.toString();
        List<ActivityEvent> events = new ArrayList<>();
        int pair = 0;
        for (String kommun : KOMMUNER) {
            for (String ageBand : AGE_BANDS) {
                int small = 1 + pair++ % 4;
                add(events, BIG, event(ActivityKind.SESSION_HELD, "cmv", BIG_INSATS, thisMonth.minusMonths(1), ageBand,
                        "female", kommun));
                add(events, small, event(ActivityKind.SESSION_HELD, "cmv", BIG_INSATS, thisMonth, ageBand, "female",
                        kommun));
                add(events, small, event(ActivityKind.CASE_STARTED, "cmv", BIG_INSATS, thisMonth.minusMonths(1),
                        ageBand, "female", kommun));
                add(events, small, event(ActivityKind.SESSION_HELD, "cmv", OTHER_INSATS, thisMonth.minusMonths(1),
                        ageBand, "female", kommun));
                add(events, small, event(ActivityKind.SESSION_HELD, "barnahus", "barnahus-krissamtal",
                        thisMonth.minusMonths(1), ageBand, "female", kommun));
                add(events, small, event(ActivityKind.SESSION_HELD, "cmv", BIG_INSATS, thisMonth.minusMonths(1),
                        ageBand, "male", kommun));
            }
        }
        for (ActivityEvent event : events) {
            producer.send(new ProducerRecord<>(ActivityEvent.TOPIC, event.key(), json.writeValueAsString(event)));
        }
        producer.flush();
        await().atMost(Duration.ofSeconds(60)).until(() -> events.stream().allMatch(e -> counts.timesProcessed(e.id()) == 1));
    }

    @AfterAll
    void closeProducer() {
        producer.close();
    }

    @Test
    void last_month_to_this_month_minus_last_month_does_not_give_this_months_small_counts_back() throws Exception {
        assertNotRecoveredBySubtraction("month",
                "from=" + last + "&to=" + now + "&unit=cmv&insats=" + BIG_INSATS + "&kind=SESSION_HELD",
                "from=" + last + "&to=" + last + "&unit=cmv&insats=" + BIG_INSATS + "&kind=SESSION_HELD",
                "month BETWEEN '" + last + "' AND '" + now + "' AND unit = 'cmv' AND insats = '" + BIG_INSATS
                        + "' AND kind = 'SESSION_HELD'",
                "month = '" + last + "' AND unit = 'cmv' AND insats = '" + BIG_INSATS + "' AND kind = 'SESSION_HELD'");
    }

    @Test
    void all_kinds_minus_one_kind_does_not_give_the_other_kinds_small_counts_back() throws Exception {
        assertNotRecoveredBySubtraction("kind",
                "from=" + last + "&to=" + last + "&unit=cmv&insats=" + BIG_INSATS,
                "from=" + last + "&to=" + last + "&unit=cmv&insats=" + BIG_INSATS + "&kind=SESSION_HELD",
                "month = '" + last + "' AND unit = 'cmv' AND insats = '" + BIG_INSATS + "'",
                "month = '" + last + "' AND unit = 'cmv' AND insats = '" + BIG_INSATS + "' AND kind = 'SESSION_HELD'");
    }

    @Test
    void a_unit_minus_one_of_its_insatser_does_not_give_the_other_insatser_small_counts_back() throws Exception {
        assertNotRecoveredBySubtraction("insats",
                "from=" + last + "&to=" + last + "&unit=cmv&kind=SESSION_HELD",
                "from=" + last + "&to=" + last + "&unit=cmv&kind=SESSION_HELD&insats=" + BIG_INSATS,
                "month = '" + last + "' AND unit = 'cmv' AND kind = 'SESSION_HELD'",
                "month = '" + last + "' AND unit = 'cmv' AND kind = 'SESSION_HELD' AND insats = '" + BIG_INSATS + "'");
    }

    @Test
    void every_unit_minus_one_unit_does_not_give_the_other_units_small_counts_back() throws Exception {
        assertNotRecoveredBySubtraction("unit",
                "from=" + last + "&to=" + last + "&kind=SESSION_HELD",
                "from=" + last + "&to=" + last + "&kind=SESSION_HELD&unit=cmv",
                "month = '" + last + "' AND kind = 'SESSION_HELD'",
                "month = '" + last + "' AND kind = 'SESSION_HELD' AND unit = 'cmv'");
    }

    @Test
    void a_coarser_grouping_minus_the_finer_ones_cell_does_not_give_the_other_genders_small_counts_back()
            throws Exception {
        String filters = "from=" + last + "&to=" + last + "&unit=cmv&insats=" + BIG_INSATS + "&kind=SESSION_HELD";
        Map<String, Object> coarse = statistics(filters + "&groupBy=kommun,ageBand");
        Map<String, Object> fine = statistics(filters + "&groupBy=kommun,ageBand,gender");
        String where = "month = '" + last + "' AND unit = 'cmv' AND insats = '" + BIG_INSATS + "' AND kind = 'SESSION_HELD'";

        Map<String, Object> women = new HashMap<>();
        Map<String, Object> byKommunAndAge = new HashMap<>();
        for (Map<String, Object> row : rows(fine, "rows")) {
            if ("female".equals(row.get("gender")) && AGE_BANDS.contains(row.get("ageBand"))) {
                women.put(row.get("kommun") + "/" + row.get("ageBand"), row.get("count"));
            }
        }
        for (Map<String, Object> total : rows(fine, "totals")) {
            if ("gender".equals(total.get("summedOver")) && AGE_BANDS.contains(total.get("ageBand"))) {
                byKommunAndAge.put(total.get("kommun") + "/" + total.get("ageBand"), total.get("count"));
            }
        }
        assertNotRecovered("nested grouping", published(coarse), women, truth(where), truth(where + " AND gender = 'female'"));
        // The finer table's line total over gender covers the same events as the coarser table's cell: the same number.
        assertThat(byKommunAndAge).isEqualTo(published(coarse));
    }

    @Test
    void the_same_question_twice_and_the_same_cells_asked_by_another_question_get_the_same_numbers() throws Exception {
        String filtered = "from=" + last + "&to=" + last + "&unit=cmv&insats=" + BIG_INSATS + "&kind=SESSION_HELD"
                + "&groupBy=kommun,ageBand";
        Api statistician = new Api(http, json, TestIdp.statistician());
        assertThat(statistician.get("/statistics?" + filtered).body())
                .isEqualTo(statistician.get("/statistics?" + filtered).body());
        assertThat(statistician.get("/statistics.csv?" + filtered).body())
                .isEqualTo(statistician.get("/statistics.csv?" + filtered).body());

        // The same cells as cells of a table grouped by unit, insats and kind too, without filters.
        Map<String, Object> unfiltered = new HashMap<>();
        for (Map<String, Object> row : rows(statistics("from=" + last + "&to=" + last
                + "&groupBy=unit,insats,kind,kommun,ageBand"), "rows")) {
            if ("cmv".equals(row.get("unit")) && BIG_INSATS.equals(row.get("insats"))
                    && "SESSION_HELD".equals(row.get("kind")) && AGE_BANDS.contains(row.get("ageBand"))) {
                unfiltered.put(row.get("kommun") + "/" + row.get("ageBand"), row.get("count"));
            }
        }
        assertThat(unfiltered).isEqualTo(published(statistics(filtered)));
    }

    @Test
    void no_answer_holds_a_record_key_or_a_cell_key() {
        Api statistician = new Api(http, json, TestIdp.statistician());
        List<String> keys = new ArrayList<>();
        db.rows("SELECT record_key_sum AS k FROM activity_count").forEach(row -> keys.add(row.get("k").toString()));
        db.rows("SELECT MOD(SUM(record_key_sum), 4294967296) AS k FROM activity_count WHERE month = ?"
                + " GROUP BY kommun, age_band", last).forEach(row -> keys.add(row.get("k").toString()));
        assertThat(keys).hasSizeGreaterThan(PAIRS);
        for (String query : List.of("from=" + last + "&to=" + now + "&groupBy=kommun,ageBand",
                "from=" + last + "&to=" + last + "&groupBy=unit,insats,kind,kommun,ageBand")) {
            for (String answer : List.of(statistician.get("/statistics?" + query).body(),
                    statistician.get("/statistics.csv?" + query).body())) {
                // The note names the method; nothing else may mention a key.
                assertThat(answer.replace("Cell Key Method", "")).doesNotContainIgnoringCase("key");
                // A cell key as a fraction would be a decimal number; the answers hold whole numbers only.
                assertThat(answer).doesNotContainPattern("[0-9][.][0-9]");
                assertThat(keys).noneMatch(key -> answer.matches("(?s).*(?<![0-9])" + key + "(?![0-9]).*"));
            }
        }
    }

    @Test
    void a_grouping_that_could_have_more_than_50000_cells_is_a_422_naming_group_by_and_every_grouping_of_four_is_not() {
        Api statistician = new Api(http, json, TestIdp.statistician());
        Api.Answer tooFine = statistician.get("/statistics?from=2025-07&to=2026-12&groupBy=month,insats,kommun,ageBand,gender");

        assertThat(tooFine.status()).isEqualTo(422);
        assertThat(tooFine.contentType()).isEqualTo("application/problem+json");
        assertThat(tooFine.text("title")).isEqualTo("För fin gruppering");
        assertThat(tooFine.list("errors")).extracting(error -> error.get("pointer")).containsExactly("#/groupBy");
        assertThat(tooFine.body()).doesNotContain("2025-07", "2026-12", "month,insats");
        assertThat(statistician.get("/statistics.csv?from=2025-07&to=2026-12&groupBy=month,insats,kommun,ageBand,gender")
                .status()).isEqualTo(422);

        // Issue 11: every grouping of up to four of the eight dimensions over 18 months is answered.
        List<String> dimensions = List.of("month", "unit", "insats", "kind", "kommun", "ageBand", "gender", "channel");
        List<String> groupings = new ArrayList<>();
        for (int subset = 1; subset < 1 << dimensions.size(); subset++) {
            if (Integer.bitCount(subset) <= 4) {
                List<String> grouping = new ArrayList<>();
                for (int d = 0; d < dimensions.size(); d++) {
                    if ((subset & 1 << d) != 0) {
                        grouping.add(dimensions.get(d));
                    }
                }
                groupings.add(String.join(",", grouping));
            }
        }
        assertThat(groupings).hasSize(162);
        for (String grouping : groupings) {
            assertThat(statistician.get("/statistics?from=2025-07&to=2026-12&groupBy=" + grouping).status())
                    .as(grouping).isEqualTo(200);
        }
    }

    /** The two questions' difference, cell by cell, against the true difference read from the database. */
    private void assertNotRecoveredBySubtraction(String attack, String wider, String narrower, String widerWhere,
                                                 String narrowerWhere) throws Exception {
        assertNotRecovered(attack, published(statistics(wider + "&groupBy=kommun,ageBand")),
                published(statistics(narrower + "&groupBy=kommun,ageBand")), truth(widerWhere), truth(narrowerWhere));
    }

    /**
     * Both questions publish every pair as a number (the big count is 10, so neither is below 5); their difference is
     * the small count plus the difference of two independent changes, which cancel with probability about 0.27.
     * Over the 20 pairs, all recovered would happen with probability below 10^-11; more than 15 below 10^-5.
     */
    private static void assertNotRecovered(String attack, Map<String, Object> wider, Map<String, Object> narrower,
                                           Map<String, Long> widerTruth, Map<String, Long> narrowerTruth) {
        assertThat(wider).as(attack).hasSize(PAIRS);
        int recovered = 0;
        List<Long> smallCounts = new ArrayList<>();
        for (String cell : wider.keySet()) {
            long trueDifference = widerTruth.get(cell) - narrowerTruth.get(cell);
            smallCounts.add(trueDifference);
            assertThat(wider.get(cell)).as(attack + " " + cell).isInstanceOf(Integer.class);
            assertThat(narrower.get(cell)).as(attack + " " + cell).isInstanceOf(Integer.class);
            long publishedDifference = (Integer) wider.get(cell) - (Integer) narrower.get(cell);
            recovered += publishedDifference == trueDifference ? 1 : 0;
        }
        assertThat(smallCounts).as(attack + ": the attack is on small counts").allMatch(n -> n >= 1 && n <= 4);
        assertThat(recovered).as(attack + ": small counts the subtraction gave back").isLessThan(16);
    }

    /** The published count of each kommun/ageBand row of this test's age bands. */
    private static Map<String, Object> published(Map<String, Object> report) {
        Map<String, Object> byCell = new HashMap<>();
        for (Map<String, Object> row : rows(report, "rows")) {
            if (AGE_BANDS.contains(row.get("ageBand"))) {
                byCell.put(row.get("kommun") + "/" + row.get("ageBand"), row.get("count"));
            }
        }
        return byCell;
    }

    /** The true counts of this test's cells, straight from the aggregates. */
    private Map<String, Long> truth(String where) {
        Map<String, Long> byCell = new HashMap<>();
        for (Map<String, Object> row : db.rows("SELECT kommun, age_band, SUM(events) AS n FROM activity_count WHERE "
                + where + " AND age_band IN ('50-64', '65+') GROUP BY kommun, age_band")) {
            byCell.put(row.get("kommun") + "/" + row.get("age_band"), ((Number) row.get("n")).longValue());
        }
        return byCell;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rows(Map<String, Object> report, String field) {
        return (List<Map<String, Object>>) report.get(field);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> statistics(String query) throws Exception {
        return json.readValue(http.toBlocking().retrieve(
                HttpRequest.GET("/statistics?" + query).bearerAuth(TestIdp.statistician())), Map.class);
    }

    private static ActivityEvent event(ActivityKind kind, String unit, String insats, YearMonth month, String ageBand,
                                       String gender, String kommun) {
        return ActivityEvent.of(kind, unit, insats, "DEIDENTIFIED", month.atDay(1), ageBand, gender, kommun, "VISIT",
                null, null, "2025-07-01", Instant.now());
    }

    /** {@code times} events like {@code like}, each with an id of its own. */
    private static void add(List<ActivityEvent> events, int times, ActivityEvent like) {
        for (int i = 0; i < times; i++) {
            events.add(ActivityEvent.of(like.kind(), like.unit(), like.insats(), like.regime(), like.activityDate(),
                    like.ageBand(), like.gender(), like.kommun(), like.channel(), null, null, like.catalogVersion(),
                    Instant.now()));
        }
    }
}
