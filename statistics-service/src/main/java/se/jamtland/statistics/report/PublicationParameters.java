package se.jamtland.statistics.report;

import jakarta.inject.Singleton;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import se.jamtland.statistics.disclosure.PerturbationTable;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The dated parameters of publishing statistics, read from {@code statistics-parameters.yaml} on the classpath: the
 * month the statistics begin and the small-cell threshold in force on a date; and the Cell Key Method's perturbation
 * table ({@code perturbation-table.yaml}). A file without a parameter, or a
 * parameter without its description or reference, stops the service at start rather than publishing by a guess.
 */
@Singleton
public class PublicationParameters {

    static final String FILE = "statistics-parameters.yaml";

    private final YearMonth firstMonth;
    private final NavigableMap<LocalDate, Integer> thresholds;
    private final PerturbationTable perturbationTable = PerturbationTable.load();

    public PublicationParameters() {
        this(load());
    }

    PublicationParameters(Map<?, ?> file) {
        this.firstMonth = YearMonth.parse(String.valueOf(parameter(file, "first-month").get("value")));
        this.thresholds = new TreeMap<>();
        Object values = parameter(file, "suppression-threshold").get("values");
        if (!(values instanceof Map<?, ?> byDate) || byDate.isEmpty()) {
            throw new IllegalStateException(FILE + ": suppression-threshold needs values keyed by date");
        }
        byDate.forEach((date, threshold) -> thresholds.put(date(date), Integer.valueOf(String.valueOf(threshold))));
    }

    /** The month a question without {@code from} starts at: the month the law took effect. */
    public YearMonth firstMonth() {
        return firstMonth;
    }

    /**
     * The threshold in force on the day of publication. Before its first date nothing was published under another
     * rule (the statistics begin with it), so the first value answers for an earlier day too.
     */
    public int suppressionThreshold(LocalDate on) {
        Map.Entry<LocalDate, Integer> inForce = thresholds.floorEntry(on);
        return (inForce != null ? inForce : thresholds.firstEntry()).getValue();
    }

    /** The Cell Key Method's perturbation table (perturbation-table.yaml), read and checked at start. */
    public PerturbationTable perturbationTable() {
        return perturbationTable;
    }

    private static Map<?, ?> parameter(Map<?, ?> file, String name) {
        if (!(file.get(name) instanceof Map<?, ?> parameter)) {
            throw new IllegalStateException(FILE + ": the parameter " + name + " is missing");
        }
        for (String field : new String[] {"description", "reference"}) {
            if (!(parameter.get(field) instanceof String text) || text.isBlank()) {
                throw new IllegalStateException(FILE + ": the parameter " + name + " needs its " + field);
            }
        }
        return parameter;
    }

    /** YAML reads an unquoted 2025-07-01 as a timestamp at midnight UTC. */
    private static LocalDate date(Object value) {
        return value instanceof Date date
                ? date.toInstant().atZone(ZoneOffset.UTC).toLocalDate()
                : LocalDate.parse(String.valueOf(value));
    }

    private static Map<?, ?> load() {
        try (InputStream in = PublicationParameters.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is not on the classpath");
            }
            Object document = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            if (!(document instanceof Map<?, ?> file)) {
                throw new IllegalStateException(FILE + " is not a map of parameters");
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(FILE + " could not be read", e);
        }
    }
}
