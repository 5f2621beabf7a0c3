package se.jamtland.statistics.report;

import se.jamtland.events.ActivityKind;
import se.jamtland.events.Unit;
import se.jamtland.events.Vocabulary;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * A question whose table could have more cells than {@link #MAX_CELLS} is refused before any SQL runs (issue 11: one
 * fine grouping ran the service out of memory). The bound is the product of the asked dimensions' vocabulary sizes,
 * a filter counting as one value, and of the months asked: what the table could hold, not what it holds today, so
 * the answer does not depend on the data and says nothing about it.
 *
 * <p>Why 50 000: every grouping of up to four dimensions over 18 months stays below it (the largest,
 * month × insats × kommun × ageBand, is 18 × 18 × 10 × 9 = 29 160; over 30 months 48 600), which is what the county
 * asks for (issue 11, "county volume"). Finer tables are mostly zeros and "<5": with the county's million events
 * over 18 months, 50 000 cells already average 20 events each. At 50 000 cells the published table and its JSON take
 * tens of megabytes at most, within the service's 256 MB heap with the rate limit's concurrent questions.
 */
final class GroupingLimit {

    static final long MAX_CELLS = 50_000;

    /** Bilaga 1 lists 18 insatser (domain.md, "Catalog identifiers"); statistics-service holds no catalog. */
    static final int INSATSER_IN_THE_BILAGA = 18;

    private GroupingLimit() {
    }

    /** Empty when the question may run; else the Swedish reason, naming groupBy and nothing that was sent. */
    static Optional<String> refusal(StatisticsQuery query) {
        long cells = 1;
        for (Dimension dimension : query.groupBy()) {
            cells = Math.multiplyExact(cells, values(dimension, query));
            if (cells > MAX_CELLS) {
                return Optional.of("Grupperingen i groupBy skulle ge fler än 50 000 celler för perioden. Gruppera"
                        + " efter färre dimensioner, välj en kortare period eller filtrera på enhet, insats eller"
                        + " händelsetyp.");
            }
        }
        return Optional.empty();
    }

    private static long values(Dimension dimension, StatisticsQuery query) {
        return switch (dimension) {
            case MONTH -> ChronoUnit.MONTHS.between(YearMonth.parse(query.from()), YearMonth.parse(query.to())) + 1;
            case UNIT -> query.unit() != null || query.insats() != null ? 1 : Unit.values().length;
            case INSATS -> query.insats() != null ? 1 : INSATSER_IN_THE_BILAGA;
            case KIND -> query.kind() != null ? 1 : ActivityKind.values().length;
            case KOMMUN -> query.kommun() != null ? 1 : Vocabulary.KOMMUNER.size();
            case AGE_BAND -> query.ageBand() != null ? 1 : Vocabulary.AGE_BANDS.size();
            case GENDER -> query.gender() != null ? 1 : Vocabulary.GENDERS.size();
            // The channels, and "none" for events without one.
            case CHANNEL -> Vocabulary.CHANNELS.size() + 1;
        };
    }
}
