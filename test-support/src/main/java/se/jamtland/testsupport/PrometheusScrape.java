package se.jamtland.testsupport;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One answer of a service's {@code /prometheus} (text format; issue 16 §2), read as the tests need it: a sample's
 * value, whether a family is there, and every label value, where what a label must never carry is looked for.
 */
public record PrometheusScrape(String text) {

    private static final Pattern LABEL_VALUE = Pattern.compile("=\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** The sample of {@code name} whose labels contain {@code labels} (e.g. {@code unit="cmv"}), if any. */
    public OptionalDouble value(String name, String labels) {
        for (String line : lines()) {
            if (line.startsWith(name + "{") || line.startsWith(name + " ")) {
                String series = line.substring(0, line.lastIndexOf(' '));
                if (labels.isEmpty() || series.contains(labels)) {
                    return OptionalDouble.of(Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)));
                }
            }
        }
        return OptionalDouble.empty();
    }

    /** Whether any sample of {@code name} is there (a family Prometheus would keep). */
    public boolean has(String name) {
        return lines().stream().anyMatch(line -> line.startsWith(name + "{") || line.startsWith(name + " "));
    }

    /** Every label value of every sample: what a label must never carry is looked for here. */
    public Set<String> labelValues() {
        Set<String> values = new LinkedHashSet<>();
        for (String line : lines()) {
            int open = line.indexOf('{');
            if (open < 0) {
                continue;
            }
            Matcher matcher = LABEL_VALUE.matcher(line.substring(open, line.lastIndexOf('}') + 1));
            while (matcher.find()) {
                values.add(matcher.group(1));
            }
        }
        return values;
    }

    private List<String> lines() {
        return text.lines().filter(line -> !line.startsWith("#") && !line.isBlank()).toList();
    }
}
