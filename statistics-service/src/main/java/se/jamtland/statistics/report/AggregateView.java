package se.jamtland.statistics.report;

import se.jamtland.statistics.disclosure.StatisticsTable;
import se.jamtland.statistics.disclosure.TableCell;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import java.util.function.Supplier;

/**
 * The rows of {@code activity_count} held in memory, and the sums over them that {@code GROUP BY} gave (issue 11:
 * every grouping of up to four dimensions over 18 months within 200 ms at 1,000,000 events; MariaDB alone took up to
 * 324 ms to group the 278,729 rows, this takes a few tens of milliseconds). Each row keeps what a published number
 * needs and nothing else: its nine key values as codes of a per-column dictionary (every value is a vocabulary code,
 * so a dictionary holds a few dozen at most), its events and first visits, and their record-key sums modulo 2^32
 * (the Cell Key Method's cell keys must be the sums SQL gave). Participants are not held: no question asks for them.
 *
 * <p>A row is replaced whole by what the database holds for it ({@link #update}), never added to, so reading the
 * same change twice changes nothing. One writer at a time under the write lock; questions share the read lock.
 */
final class AggregateView {

    /** The eight dimensions in {@link Dimension} order, then the closure reason, which no question groups by. */
    static final int KEY_COLUMNS = Dimension.values().length + 1;
    private static final int MONTH = Dimension.MONTH.ordinal();

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Dictionary[] dictionaries = new Dictionary[KEY_COLUMNS];
    private char[][] codes = new char[KEY_COLUMNS][];
    /** A row is one month of one combination: its counts stay far below 2^31 (put refuses one that does not). */
    private int[] events;
    private int[] firstVisits;
    /** Unsigned 32-bit sums: int addition wraps modulo 2^32, which is the record keys' own arithmetic. */
    private int[] keySums;
    private int[] firstVisitKeySums;
    private int rows;
    /** Open addressing over the rows' key codes: row + 1, 0 for an empty slot. */
    private int[] slots = new int[1 << 10];
    private long revision = -1;

    AggregateView() {
        for (int column = 0; column < KEY_COLUMNS; column++) {
            dictionaries[column] = new Dictionary();
        }
        allocate(1 << 9);
    }

    /** What {@link #put} takes: one row as the database holds it now. */
    interface Changes {
        void put(String[] key, long events, long keySum, long firstVisits, long firstVisitKeySum);
    }

    /** The revision of the aggregates this view holds; -1 before the first load. */
    long revision() {
        return reading(() -> revision);
    }

    /** How many rows it holds, as {@code activity_count} does. */
    int rows() {
        return reading(() -> rows);
    }

    /**
     * Writes the rows {@code changes} puts, then holds {@code toRevision}, all under the write lock, so no question
     * sees half a change. If {@code changes} fails, the revision stays and the rows are read again next time.
     */
    void update(long toRevision, Consumer<Changes> changes) {
        lock.writeLock().lock();
        try {
            changes.accept(this::put);
            revision = Math.max(revision, toRevision);
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void put(String[] key, long rowEvents, long keySum, long rowFirstVisits, long firstVisitKeySum) {
        if (key.length != KEY_COLUMNS) {
            throw new IllegalArgumentException("A row has " + KEY_COLUMNS + " key values");
        }
        char[] rowCodes = new char[KEY_COLUMNS];
        for (int column = 0; column < KEY_COLUMNS; column++) {
            rowCodes[column] = dictionaries[column].code(key[column]);
        }
        int row = find(rowCodes);
        if (row < 0) {
            row = append(rowCodes);
        }
        events[row] = Math.toIntExact(rowEvents);
        firstVisits[row] = Math.toIntExact(rowFirstVisits);
        keySums[row] = (int) keySum;
        firstVisitKeySums[row] = (int) firstVisitKeySum;
    }

    /** The table {@code SELECT <groupBy>, SUM(n), MOD(SUM(key), 2^32) ... GROUP BY ... HAVING n > 0 ORDER BY} gave. */
    StatisticsTable group(StatisticsQuery query) {
        return reading(() -> new Grouping(query).table());
    }

    private <T> T reading(Supplier<T> read) {
        lock.readLock().lock();
        try {
            return read.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    private int find(char[] rowCodes) {
        int mask = slots.length - 1;
        for (int slot = hash(rowCodes) & mask; ; slot = (slot + 1) & mask) {
            int entry = slots[slot];
            if (entry == 0) {
                return -1;
            }
            if (sameKey(entry - 1, rowCodes)) {
                return entry - 1;
            }
        }
    }

    private boolean sameKey(int row, char[] rowCodes) {
        for (int column = 0; column < KEY_COLUMNS; column++) {
            if (codes[column][row] != rowCodes[column]) {
                return false;
            }
        }
        return true;
    }

    private int append(char[] rowCodes) {
        if (rows == events.length) {
            // By half again, not double: the arrays are most of the view, and a county only grows by months.
            allocate(events.length + events.length / 2);
        }
        int row = rows++;
        for (int column = 0; column < KEY_COLUMNS; column++) {
            codes[column][row] = rowCodes[column];
        }
        // Linear probing stays short up to three quarters full.
        if (rows * 4L > slots.length * 3L) {
            slots = new int[slots.length * 2];
            for (int existing = 0; existing < rows; existing++) {
                place(existing);
            }
        } else {
            place(row);
        }
        return row;
    }

    private void place(int row) {
        char[] rowCodes = new char[KEY_COLUMNS];
        for (int column = 0; column < KEY_COLUMNS; column++) {
            rowCodes[column] = codes[column][row];
        }
        int mask = slots.length - 1;
        int slot = hash(rowCodes) & mask;
        while (slots[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        slots[slot] = row + 1;
    }

    private static int hash(char[] rowCodes) {
        int hash = 0;
        for (char code : rowCodes) {
            hash = hash * 31 + code;
        }
        return hash ^ (hash >>> 16) ^ (hash >>> 7);
    }

    private void allocate(int capacity) {
        for (int column = 0; column < KEY_COLUMNS; column++) {
            codes[column] = codes[column] == null ? new char[capacity] : Arrays.copyOf(codes[column], capacity);
        }
        events = events == null ? new int[capacity] : Arrays.copyOf(events, capacity);
        firstVisits = firstVisits == null ? new int[capacity] : Arrays.copyOf(firstVisits, capacity);
        keySums = keySums == null ? new int[capacity] : Arrays.copyOf(keySums, capacity);
        firstVisitKeySums = firstVisitKeySums == null ? new int[capacity]
                : Arrays.copyOf(firstVisitKeySums, capacity);
    }

    /** One question over the rows, under the read lock. */
    private final class Grouping {

        private final StatisticsQuery query;
        private final int[] columns;
        /** Per grouped column: its values in SQL's order (binary ASCII), and each code's place among them. */
        private final String[][] ordered;
        private final int[][] places;
        /** Mixed radix over the places: a cell's number sorts as SQL's ORDER BY over its values does. */
        private final long[] weights;

        Grouping(StatisticsQuery query) {
            this.query = query;
            columns = query.groupBy().stream().mapToInt(Dimension::ordinal).toArray();
            ordered = new String[columns.length][];
            places = new int[columns.length][];
            weights = new long[columns.length];
            long weight = 1;
            for (int i = columns.length - 1; i >= 0; i--) {
                Dictionary dictionary = dictionaries[columns[i]];
                ordered[i] = dictionary.values.toArray(String[]::new);
                // String order is binary order for ASCII, as the columns' ascii_bin collation compares (V5).
                Arrays.sort(ordered[i]);
                places[i] = new int[ordered[i].length];
                for (int place = 0; place < ordered[i].length; place++) {
                    places[i][dictionary.codes.get(ordered[i][place])] = place;
                }
                weights[i] = weight;
                weight = Math.multiplyExact(weight, Math.max(1, ordered[i].length));
            }
        }

        StatisticsTable table() {
            List<String> dimensions = query.groupBy().stream().map(Dimension::parameter).toList();
            boolean[] inPeriod = inPeriod();
            int kind = filter(Dimension.KIND, query.kind());
            int unit = filter(Dimension.UNIT, query.unit());
            int insats = filter(Dimension.INSATS, query.insats());
            int kommun = filter(Dimension.KOMMUN, query.kommun());
            int ageBand = filter(Dimension.AGE_BAND, query.ageBand());
            int gender = filter(Dimension.GENDER, query.gender());
            if (kind == NOWHERE || unit == NOWHERE || insats == NOWHERE || kommun == NOWHERE || ageBand == NOWHERE
                    || gender == NOWHERE) {
                return new StatisticsTable(dimensions, List.of());
            }
            boolean visitors = query.measure() == Measure.VISITORS;
            int[] counted = visitors ? firstVisits : events;
            int[] keys = visitors ? firstVisitKeySums : keySums;
            char[] months = codes[MONTH];
            char[] kinds = codes[Dimension.KIND.ordinal()];
            char[] units = codes[Dimension.UNIT.ordinal()];
            char[] insatser = codes[Dimension.INSATS.ordinal()];
            char[] kommuner = codes[Dimension.KOMMUN.ordinal()];
            char[] ageBands = codes[Dimension.AGE_BAND.ordinal()];
            char[] genders = codes[Dimension.GENDER.ordinal()];
            CellSums sums = new CellSums();
            for (int row = 0; row < rows; row++) {
                if (!inPeriod[months[row]] || (kind >= 0 && kinds[row] != kind) || (unit >= 0 && units[row] != unit)
                        || (insats >= 0 && insatser[row] != insats) || (kommun >= 0 && kommuner[row] != kommun)
                        || (ageBand >= 0 && ageBands[row] != ageBand) || (gender >= 0 && genders[row] != gender)) {
                    continue;
                }
                long cell = 0;
                for (int i = 0; i < columns.length; i++) {
                    cell += places[i][codes[columns[i]][row]] * weights[i];
                }
                sums.add(cell, counted[row], keys[row]);
            }
            return new StatisticsTable(dimensions, sums.cells(this::values));
        }

        private List<String> values(long cell) {
            List<String> key = new ArrayList<>(columns.length);
            for (int i = 0; i < columns.length; i++) {
                key.add(ordered[i][(int) (cell / weights[i] % ordered[i].length)]);
            }
            return key;
        }

        /** {@code month >= from AND month <= to}, compared as SQL compares the binary ASCII text. */
        private boolean[] inPeriod() {
            List<String> months = dictionaries[MONTH].values;
            boolean[] in = new boolean[months.size()];
            for (int code = 0; code < in.length; code++) {
                String month = months.get(code);
                in[code] = month.compareTo(query.from()) >= 0 && month.compareTo(query.to()) <= 0;
            }
            return in;
        }

        /** The code a filter asks for; {@link #ANY} without the filter, {@link #NOWHERE} for a value never counted. */
        private int filter(Dimension dimension, String value) {
            if (value == null) {
                return ANY;
            }
            Integer code = dictionaries[dimension.ordinal()].codes.get(value);
            return code == null ? NOWHERE : code;
        }
    }

    private static final int ANY = -1;
    private static final int NOWHERE = -2;

    /** The sums per cell of one question, by the cell's number; open addressing, as the rows. */
    private static final class CellSums {

        private long[] cells = new long[1 << 10];
        private int[] slots = new int[1 << 11];
        private long[] counts = new long[1 << 10];
        private int[] keySums = new int[1 << 10];
        private int size;

        void add(long cell, long count, int keySum) {
            int index = indexOf(cell);
            counts[index] += count;
            keySums[index] += keySum;
        }

        private int indexOf(long cell) {
            int mask = slots.length - 1;
            int slot = (int) (cell ^ (cell >>> 29)) * 0x9E3779B1 & mask;
            for (; ; slot = (slot + 1) & mask) {
                int entry = slots[slot];
                if (entry == 0) {
                    break;
                }
                if (cells[entry - 1] == cell) {
                    return entry - 1;
                }
            }
            if (size == cells.length) {
                cells = Arrays.copyOf(cells, size * 2);
                counts = Arrays.copyOf(counts, size * 2);
                keySums = Arrays.copyOf(keySums, size * 2);
            }
            int index = size++;
            cells[index] = cell;
            if (size * 2 > slots.length) {
                rehash();
            } else {
                slots[slot] = index + 1;
            }
            return index;
        }

        private void rehash() {
            slots = new int[slots.length * 2];
            int mask = slots.length - 1;
            for (int index = 0; index < size; index++) {
                long cell = cells[index];
                int slot = (int) (cell ^ (cell >>> 29)) * 0x9E3779B1 & mask;
                while (slots[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                slots[slot] = index + 1;
            }
        }

        /** The cells with something counted ({@code HAVING n > 0}), in the order of their numbers. */
        List<TableCell> cells(LongFunction<List<String>> values) {
            Integer[] order = new Integer[size];
            for (int index = 0; index < size; index++) {
                order[index] = index;
            }
            Arrays.sort(order, (a, b) -> Long.compare(cells[a], cells[b]));
            List<TableCell> table = new ArrayList<>(size);
            for (int index : order) {
                if (counts[index] > 0) {
                    table.add(new TableCell(values.apply(cells[index]), counts[index],
                            Integer.toUnsignedLong(keySums[index])));
                }
            }
            return table;
        }
    }

    /** A column's values, each with a code of 16 bits: the order in which they were first met. */
    private static final class Dictionary {

        private final Map<String, Integer> codes = new HashMap<>();
        private final List<String> values = new ArrayList<>();

        char code(String value) {
            if (value == null) {
                throw new IllegalArgumentException("activity_count has no NULL key values");
            }
            Integer code = codes.get(value);
            if (code == null) {
                if (values.size() > Character.MAX_VALUE) {
                    throw new IllegalStateException("a column of activity_count has more values than codes");
                }
                code = values.size();
                codes.put(value, code);
                values.add(value);
            }
            return (char) (int) code;
        }
    }
}
