package se.jamtland.unit.gallring.infrastructure;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import jakarta.inject.Singleton;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import se.jamtland.unit.gallring.model.Counting;
import se.jamtland.unit.gallring.model.RecordClass;
import se.jamtland.unit.gallring.model.ResearchSample;
import se.jamtland.unit.gallring.model.RetentionPlan;
import se.jamtland.unit.gallring.model.RetentionRule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the informationshanteringsplan's files ({@code gallring.rules}, classpath resources, one per version). A
 * file that does not read as a plan stops the service at start: gallring by a rule half understood is worse than
 * none.
 */
@Factory
public class RetentionPlanFiles {

    public static final String DEFAULT_FILES = "retention/informationshanteringsplan-2025-07-01.yml";

    @Singleton
    RetentionPlan retentionPlan(@Property(name = "gallring.rules", defaultValue = DEFAULT_FILES) List<String> files) {
        return new RetentionPlan(files.stream().map(RetentionPlanFiles::read).toList());
    }

    static RetentionPlan.Version read(String resource) {
        try (InputStream in = RetentionPlanFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("retention rules file missing: " + resource);
            }
            Map<String, Object> file = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            List<RetentionRule> rules = ((List<?>) file.get("rules")).stream()
                    .map(rule -> rule((Map<?, ?>) rule)).toList();
            return new RetentionPlan.Version(date(file.get("validFrom")), rules);
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        } catch (RuntimeException e) {
            throw new IllegalStateException("retention rules file unreadable: " + resource, e);
        }
    }

    private static RetentionRule rule(Map<?, ?> rule) {
        Optional<ResearchSample> sample = Optional.ofNullable((Map<?, ?>) rule.get("researchSample"))
                .map(map -> new ResearchSample(Set.copyOf(((Collection<?>) map.get("birthDays")).stream()
                        .map(day -> ((Number) day).intValue()).toList()), text(map, "reference")));
        return new RetentionRule(text(rule, "id"), RecordClass.valueOf(text(rule, "recordClass")),
                text(rule, "description"), Period.parse(text(rule, "period")),
                Counting.valueOf(text(rule, "counting")), text(rule, "reference"), text(rule, "status"), sample,
                Optional.ofNullable((String) rule.get("appliedBy")));
    }

    private static String text(Map<?, ?> map, String key) {
        Object value = map.get(key);
        if (!(value instanceof String text) || text.isBlank()) {
            throw new IllegalStateException("retention rule without " + key);
        }
        return text;
    }

    private static LocalDate date(Object value) {
        if (value instanceof Date date) {
            return date.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
        }
        return LocalDate.parse(String.valueOf(value));
    }
}
