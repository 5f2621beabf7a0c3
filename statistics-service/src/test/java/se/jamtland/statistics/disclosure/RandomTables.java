package se.jamtland.statistics.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Tables of kommun by gender (and age band), mixing zeros, small counts and larger ones, with random key sums. */
final class RandomTables {

    private static final List<String> KOMMUNER =
            List.of("2303", "2305", "2309", "2313", "2321", "2326", "2361", "2380");
    private static final List<String> GENDERS = List.of("female", "male", "other", "unknown");
    private static final List<String> AGE_BANDS = List.of("13-14", "15-17", "18-21", "22-29");

    private RandomTables() {
    }

    static StatisticsTable table(long seed, int dimensionCount) {
        Random random = new Random(seed);
        List<List<String>> values = List.of(
                KOMMUNER.subList(0, 2 + random.nextInt(KOMMUNER.size() - 1)),
                GENDERS.subList(0, 2 + random.nextInt(GENDERS.size() - 1)),
                AGE_BANDS.subList(0, 2 + random.nextInt(AGE_BANDS.size() - 1)));
        List<String> dimensions = List.of("kommun", "gender", "age").subList(0, dimensionCount);
        List<TableCell> cells = new ArrayList<>();
        for (List<String> key : combinations(values.subList(0, dimensionCount))) {
            int roll = random.nextInt(100);
            if (roll < 15) {
                continue; // a structural zero, not listed
            }
            long count = roll < 30 ? 0 : roll < 60 ? 1 + random.nextInt(4) : roll < 95 ? 5 + random.nextInt(30)
                    : 100 + random.nextInt(400);
            // A cell's key sum is uniform, as the sum of its events' random record keys is.
            cells.add(new TableCell(key, count, RecordKey.draw(random)));
        }
        return new StatisticsTable(dimensions, cells);
    }

    private static List<List<String>> combinations(List<List<String>> values) {
        List<List<String>> combinations = List.of(List.of());
        for (List<String> dimensionValues : values) {
            List<List<String>> longer = new ArrayList<>();
            for (List<String> prefix : combinations) {
                for (String value : dimensionValues) {
                    List<String> key = new ArrayList<>(prefix);
                    key.add(value);
                    longer.add(List.copyOf(key));
                }
            }
            combinations = longer;
        }
        return combinations;
    }
}
