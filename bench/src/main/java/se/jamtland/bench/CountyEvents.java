package se.jamtland.bench;

import se.jamtland.events.ActivityEvent;
import se.jamtland.events.ActivityKind;
import se.jamtland.events.Channel;
import se.jamtland.events.ClosureReason;
import se.jamtland.events.Vocabulary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Made-up activity of the whole county, as the four units' relays would write it: valid events built by
 * {@link ActivityEvent#of}, the real insats ids with their unit, regime and allowed channels read from
 * eligibility-service's catalog, spread over every value of every dimension (each month, unit, insats, kind,
 * kommun, age band, gender, channel and closure reason occurs), but not evenly: kommuner by their population,
 * age bands by whom each unit serves, kinds by what an insats of that regime records. An even spread would make
 * almost every aggregate row a single event, which no county's activity looks like. Seeded, so two runs send the
 * same figures.
 */
final class CountyEvents {

    /** The Bilaga's current file; a later one is a new file beside it (eligibility-service's README). */
    private static final String CATALOG_FOLDER = "eligibility-service/src/main/resources/catalog";
    private static final Pattern TOP_LEVEL_KEY = Pattern.compile("[A-Za-z][A-Za-z0-9]*:.*");
    private static final Pattern CATALOG_FILE = Pattern.compile("bilaga-1-\\d{4}-\\d{2}-\\d{2}\\.yaml");
    private static final Pattern ENTRY_ID = Pattern.compile("^  - id: ([a-z0-9-]+)\\s*$");
    private static final Pattern ENTRY_UNIT = Pattern.compile("^    unit: ([a-z]+)\\s*$");
    private static final Pattern ENTRY_REGIME = Pattern.compile("^      regime: ([A-Z]+)\\s*$");
    private static final Pattern ENTRY_CHANNELS = Pattern.compile("^      allowed: \\[([A-Z, ]+)]\\s*$");
    private static final Pattern VERSION = Pattern.compile("^version: \"(\\d{4}-\\d{2}-\\d{2})\"\\s*$");

    /**
     * Roughly the population of the eight kommuner (SCB, in thousands, about 2024), then outside the county and
     * not known: Östersund holds half the county, Ragunda a twentieth.
     */
    private static final List<String> KOMMUNER = List.of(
            "2303", "2305", "2309", "2313", "2321", "2326", "2361", "2380", "other", "unknown");
    private static final double[] KOMMUN_WEIGHTS = {5.3, 6.3, 15.7, 11.3, 12.2, 6.9, 9.8, 65.0, 4.0, 2.5};
    private static final List<String> GENDERS = List.of("female", "male", "other", "unknown");
    private static final double[] GENDER_WEIGHTS = {50, 42, 3, 5};
    private static final String[] CLOSURES = Arrays.stream(ClosureReason.values()).map(Enum::name)
            .toArray(String[]::new);
    private static final double[] CLOSURE_WEIGHTS = {60, 30, 10};

    /** One insats of the catalog, as an event names it. */
    record Insats(String id, String unit, String regime, List<String> channels) {
    }

    private final List<Insats> insatser;
    private final String catalogVersion;
    private final YearMonth firstMonth;
    private final int months;
    private final SplittableRandom random;

    CountyEvents(Path root, YearMonth firstMonth, int months, long seed) {
        Path catalog = newestCatalog(root.resolve(CATALOG_FOLDER));
        this.catalogVersion = versionOf(catalog);
        this.insatser = insatserIn(catalog);
        this.firstMonth = firstMonth;
        this.months = months;
        this.random = new SplittableRandom(seed);
    }

    List<Insats> insatser() {
        return insatser;
    }

    /** The next made-up event; its activity day falls in one of the months, each month alike. */
    ActivityEvent next(Instant now) {
        Insats insats = insatser.get(random.nextInt(insatser.size()));
        YearMonth month = firstMonth.plusMonths(random.nextInt(months));
        LocalDate day = month.atDay(1 + random.nextInt(month.lengthOfMonth()));
        ActivityKind kind = kind(insats);
        if (kind == ActivityKind.GROUP_SESSION_HELD) {
            // As a unit sends a group session: who took part is not known, only how many (ActivityEvents).
            return ActivityEvent.of(kind, insats.unit(), insats.id(), insats.regime(), day, "unknown", "unknown",
                    "unknown", Channel.VISIT.name(), 3 + random.nextInt(10), null, catalogVersion, now);
        }
        String channel = kind == ActivityKind.SESSION_HELD || kind == ActivityKind.ADVISORY_CONTACT
                ? insats.channels().get(random.nextInt(insats.channels().size())) : null;
        String closure = kind == ActivityKind.CASE_CLOSED ? CLOSURES[pick(CLOSURE_WEIGHTS)] : null;
        return ActivityEvent.of(kind, insats.unit(), insats.id(), insats.regime(), day, ageBand(insats.unit()),
                GENDERS.get(pick(GENDER_WEIGHTS)), KOMMUNER.get(pick(KOMMUN_WEIGHTS)), channel, null, closure,
                catalogVersion, now);
    }

    /**
     * What an insats records: an advisory one contacts (and the odd referral; the group insats its group
     * sessions), one with a case mostly sessions, a start and a closure per few of them, and some referrals.
     */
    private ActivityKind kind(Insats insats) {
        int roll = random.nextInt(100);
        if (insats.regime().equals("ADVISORY")) {
            if (insats.id().equals("cmv-gruppverksamhet")) {
                return roll < 90 ? ActivityKind.GROUP_SESSION_HELD : ActivityKind.ADVISORY_CONTACT;
            }
            return roll < 95 ? ActivityKind.ADVISORY_CONTACT : ActivityKind.REFERRED_TO_NEEDS_ASSESSMENT;
        }
        if (roll < 10) {
            return ActivityKind.CASE_STARTED;
        }
        if (roll < 19) {
            return ActivityKind.CASE_CLOSED;
        }
        if (roll < 23) {
            return ActivityKind.REFERRED_TO_NEEDS_ASSESSMENT;
        }
        return roll < 25 ? ActivityKind.ADVISORY_CONTACT : ActivityKind.SESSION_HELD;
    }

    /**
     * By whom each unit serves (Bilaga 1's target groups: Mini-Maria up to 21, Barnahus children, the others
     * mostly adults), every band possible everywhere; in {@link Vocabulary#AGE_BANDS}' order.
     */
    private String ageBand(String unit) {
        double[] weights = switch (unit) {
            case "minimaria" -> new double[]{1, 12, 30, 30, 12, 8, 4, 1, 2};
            case "barnahus" -> new double[]{55, 20, 18, 1, 1, 2, 1, 1, 1};
            default -> new double[]{1, 1, 3, 8, 20, 40, 17, 6, 4};
        };
        return Vocabulary.AGE_BANDS.get(pick(weights));
    }

    private int pick(double[] weights) {
        double sum = 0;
        for (double weight : weights) {
            sum += weight;
        }
        double roll = random.nextDouble(sum);
        for (int i = 0; i < weights.length - 1; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static Path newestCatalog(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> CATALOG_FILE.matcher(f.getFileName().toString()).matches()).sorted()
                    .reduce((older, newer) -> newer)
                    .orElseThrow(() -> new IllegalStateException("no Bilaga catalog in " + folder));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list " + folder, e);
        }
    }

    private static String versionOf(Path catalog) {
        return lines(catalog).stream().map(VERSION::matcher).filter(Matcher::matches).map(m -> m.group(1))
                .findFirst().orElseThrow(() -> new IllegalStateException("no version in " + catalog));
    }

    /**
     * The insatser with their unit, regime and allowed channels (every channel where the catalog names none),
     * read line by line as the catalog writes them, which keeps the bench free of a YAML library. Only the
     * top-level {@code insatser:} list is read: other lists (the {@code units} with their contact routes) have
     * entries with ids too.
     */
    static List<Insats> insatserIn(Path catalog) {
        List<Insats> found = new ArrayList<>();
        String id = null;
        String unit = null;
        String regime = null;
        List<String> channels = null;
        boolean inInsatser = false;
        for (String line : lines(catalog)) {
            if (TOP_LEVEL_KEY.matcher(line).matches()) {
                inInsatser = line.startsWith("insatser:");
                continue;
            }
            if (!inInsatser) {
                continue;
            }
            Matcher entry = ENTRY_ID.matcher(line);
            if (entry.matches()) {
                addIfWhole(found, id, unit, regime, channels, catalog);
                id = entry.group(1);
                unit = null;
                regime = null;
                channels = null;
                continue;
            }
            Matcher value;
            if ((value = ENTRY_UNIT.matcher(line)).matches()) {
                unit = value.group(1);
            } else if ((value = ENTRY_REGIME.matcher(line)).matches()) {
                regime = value.group(1);
            } else if ((value = ENTRY_CHANNELS.matcher(line)).matches()) {
                channels = List.of(value.group(1).split("\\s*,\\s*"));
            }
        }
        addIfWhole(found, id, unit, regime, channels, catalog);
        if (found.isEmpty()) {
            throw new IllegalStateException("no insatser read from " + catalog);
        }
        return List.copyOf(found);
    }

    private static void addIfWhole(List<Insats> found, String id, String unit, String regime, List<String> channels,
                                   Path catalog) {
        if (id == null) {
            return;
        }
        if (unit == null || regime == null) {
            throw new IllegalStateException("insats " + id + " in " + catalog + " has no unit or regime");
        }
        found.add(new Insats(id, unit, regime, channels != null ? channels
                : Arrays.stream(Channel.values()).map(Enum::name).toList()));
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file, e);
        }
    }
}
