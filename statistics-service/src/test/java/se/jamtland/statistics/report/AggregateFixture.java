package se.jamtland.statistics.report;

import se.jamtland.events.ActivityEvent;
import se.jamtland.events.ActivityKind;
import se.jamtland.events.Channel;
import se.jamtland.events.ClosureReason;
import se.jamtland.events.Unit;
import se.jamtland.events.Vocabulary;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Seeded made-up events over every dimension (few values each, so that rows are counted into again), and random
 * questions about them: groupings of one to four dimensions, periods partly or wholly outside the counted months,
 * filters on values counted and never counted, both measures.
 */
public final class AggregateFixture {

    static final YearMonth FIRST = YearMonth.of(2025, 7);
    static final int MONTHS = 8;
    private static final List<String> UNITS = Unit.ids();
    private static final List<String> KOMMUNER = Vocabulary.KOMMUNER.stream().sorted().toList();
    private static final List<String> GENDERS = Vocabulary.GENDERS.stream().sorted().toList();
    private static final List<String> REGIMES = Vocabulary.REGIMES.stream().sorted().toList();

    private final Random random;

    public AggregateFixture(long seed) {
        random = new Random(seed);
    }

    private <T> T any(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    public static String insats(String unit, int number) {
        return unit + "-insats-" + (char) ('a' + number);
    }

    public ActivityEvent event() {
        ActivityKind kind = any(Arrays.asList(ActivityKind.values()));
        String unit = any(UNITS);
        LocalDate day = FIRST.plusMonths(random.nextInt(MONTHS)).atDay(1 + random.nextInt(28));
        String channel = random.nextInt(4) == 0 ? null : any(Arrays.asList(Channel.values())).name();
        String closure = kind == ActivityKind.CASE_CLOSED ? any(Arrays.asList(ClosureReason.values())).name() : null;
        ActivityEvent event = ActivityEvent.of(kind, unit, insats(unit, random.nextInt(3)),
                any(REGIMES), day,
                any(Vocabulary.AGE_BANDS.subList(0, 4)), any(GENDERS), any(KOMMUNER.subList(0, 3)), channel,
                random.nextInt(5) == 0 ? 1 + random.nextInt(8) : null, closure, "2025-07-01", Instant.now());
        return kind == ActivityKind.ADVISORY_CONTACT && random.nextBoolean()
                ? event.withFirstVisit(random.nextBoolean()) : event;
    }

    public List<ActivityEvent> events(int count) {
        List<ActivityEvent> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            events.add(event());
        }
        return events;
    }

    /** Batches of 250, as the consumer counts a poll's records in one transaction. */
    public static List<List<ActivityEvent>> inBatches(List<ActivityEvent> events) {
        List<List<ActivityEvent>> batches = new ArrayList<>();
        for (int from = 0; from < events.size(); from += 250) {
            batches.add(events.subList(from, Math.min(events.size(), from + 250)));
        }
        return batches;
    }

    public StatisticsQuery query() {
        List<Dimension> dimensions = new ArrayList<>(Arrays.asList(Dimension.values()));
        Collections.shuffle(dimensions, random);
        List<Dimension> groupBy = List.copyOf(dimensions.subList(0, 1 + random.nextInt(4)));
        // From two months before the first counted to two after the last.
        YearMonth from = FIRST.plusMonths(random.nextInt(MONTHS + 4) - 2L);
        YearMonth to = from.plusMonths(random.nextInt(MONTHS));
        boolean visitors = random.nextInt(4) == 0;
        String kind = visitors ? ActivityKind.ADVISORY_CONTACT.name()
                : random.nextInt(3) == 0 ? any(Arrays.asList(ActivityKind.values())).name() : null;
        String unit = random.nextInt(3) == 0 ? any(UNITS) : null;
        // Now and then an insats nobody counted (the fourth), or one of another unit than the filter's.
        String insats = random.nextInt(4) == 0 ? insats(any(UNITS), random.nextInt(4)) : null;
        // Now and then one kommun, as a case system's questions always have (issue 12); the fourth nobody counted.
        String kommun = random.nextInt(4) == 0 ? any(KOMMUNER.subList(0, 4)) : null;
        // The dashboard's filters (issue 14): now and then one age band (the fifth nobody counted) or one gender.
        String ageBand = random.nextInt(5) == 0 ? any(Vocabulary.AGE_BANDS.subList(0, 5)) : null;
        String gender = random.nextInt(5) == 0 ? any(GENDERS) : null;
        return new StatisticsQuery(from.toString(), to.toString(), groupBy, kind, unit, insats, kommun, ageBand,
                gender, visitors ? Measure.VISITORS : Measure.EVENTS);
    }
}
