package se.jamtland.statistics.report;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import se.jamtland.events.ActivityKind;
import se.jamtland.events.Vocabulary;
import se.jamtland.problem.Problem;
import se.jamtland.problem.ProblemException;
import se.jamtland.statistics.disclosure.CellKeyMethod;
import se.jamtland.statistics.disclosure.DisclosureControl;
import se.jamtland.statistics.disclosure.PublishedTable;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Answering a statistics question, for the JSON API and the county dashboard alike (issue 14: the dashboard asks in
 * process, never over HTTP): the question checked, then summed from the aggregates in memory and published through
 * the Cell Key Method. The one place that decides what a question may be and what its numbers are.
 */
@Singleton
public class StatisticsQuestions {

    private static final Pattern MONTH = Pattern.compile(StatisticsParameters.MONTH_PATTERN);
    private static final Pattern INSATS = Pattern.compile(StatisticsParameters.INSATS_PATTERN);
    private static final List<String> UNITS = List.of(StatisticsParameters.UNIT_PATTERN.split("\\|"));

    private final AggregateReader reader;
    private final PublicationParameters publication;
    private final Clock clock;

    public StatisticsQuestions(AggregateReader reader, PublicationParameters publication, Clock clock) {
        this.reader = reader;
        this.publication = publication;
        this.clock = clock;
    }

    /** The first month anything may be asked for (statistics-parameters.yaml). */
    public YearMonth firstMonth() {
        return publication.firstMonth();
    }

    /** This month, on the service's clock: where a question without {@code to} ends. */
    public YearMonth thisMonth() {
        return YearMonth.now(clock);
    }

    /**
     * By the Cell Key Method with the perturbation table of perturbation-table.yaml, under the threshold in force on
     * the day of publication (statistics-parameters.yaml).
     */
    public PublishedTable publish(StatisticsQuery query) {
        DisclosureControl control = new CellKeyMethod(publication.suppressionThreshold(LocalDate.now(clock)),
                publication.perturbationTable());
        return control.publish(reader.read(query));
    }

    /**
     * The question checked: a 400 problem naming each field that cannot be read (Swedish, never echoing a value),
     * a 422 for a grouping too fine ({@link GroupingLimit}). The kommun is the one the caller may ask about.
     */
    public StatisticsQuery query(StatisticsQuestion question) {
        String from = question.from();
        String to = question.to();
        String groupBy = question.groupBy();
        String kind = question.kind();
        String unit = question.unit();
        String insats = question.insats();
        String kommun = question.kommun();
        String ageBand = question.ageBand();
        String gender = question.gender();
        List<Problem.FieldProblem> errors = new ArrayList<>();
        Measure measure = question.measure() == null ? Measure.EVENTS
                : Measure.byParameter(question.measure()).orElse(null);
        if (measure == null) {
            errors.add(Problem.FieldProblem.field("measure", "events (händelser) eller visitors (besökare)."));
        } else if (measure == Measure.VISITORS && kind != null && !ActivityKind.ADVISORY_CONTACT.name().equals(kind)) {
            errors.add(Problem.FieldProblem.field("kind", "Besökare räknas bara för rådgivande kontakter: "
                    + "ADVISORY_CONTACT, eller ingen händelsetyp."));
        }
        String end = to != null ? to : YearMonth.now(clock).toString();
        String firstMonth = publication.firstMonth().toString();
        String start = from != null ? from : firstMonth;
        if (!MONTH.matcher(start).matches()) {
            errors.add(Problem.FieldProblem.field("from", "En månad som " + firstMonth + "."));
        }
        if (!MONTH.matcher(end).matches()) {
            errors.add(Problem.FieldProblem.field("to", "En månad som 2025-12."));
        }
        if (errors.isEmpty() && start.compareTo(end) > 0) {
            errors.add(Problem.FieldProblem.field("from", "from måste vara samma månad som to eller tidigare."));
        }
        List<Dimension> dimensions = new ArrayList<>();
        for (String name : (groupBy == null || groupBy.isBlank() ? "unit,insats,kind" : groupBy).split(",")) {
            Dimension.byParameter(name.strip()).filter(d -> !dimensions.contains(d)).ifPresentOrElse(dimensions::add,
                    () -> errors.add(Problem.FieldProblem.field("groupBy", "Gruppera efter någon av: "
                            + String.join(", ", Arrays.stream(Dimension.values()).map(Dimension::parameter).toList())
                            + ", var och en en gång.")));
        }
        if (kind != null && Arrays.stream(ActivityKind.values()).noneMatch(k -> k.name().equals(kind))) {
            errors.add(Problem.FieldProblem.field("kind", "En händelsetyp: " + String.join(", ",
                    Arrays.stream(ActivityKind.values()).map(Enum::name).toList()) + "."));
        }
        if (unit != null && !UNITS.contains(unit)) {
            errors.add(Problem.FieldProblem.field("unit", "En enhet: " + String.join(", ", UNITS) + "."));
        }
        if (insats != null && !INSATS.matcher(insats).matches()) {
            errors.add(Problem.FieldProblem.field("insats", "Ett insats-id ur katalogen, t.ex. cmv-stodsamtal-vald."));
        }
        if (kommun != null && !Vocabulary.KOMMUNER.contains(kommun)) {
            errors.add(Problem.FieldProblem.field("kommun", "En kommunkod i länet, t.ex. 2380, other eller unknown."));
        }
        if (ageBand != null && !Vocabulary.AGE_BANDS.contains(ageBand)) {
            errors.add(Problem.FieldProblem.field("ageBand", "En åldersgrupp: "
                    + String.join(", ", Vocabulary.AGE_BANDS) + "."));
        }
        if (gender != null && !Vocabulary.GENDERS.contains(gender)) {
            errors.add(Problem.FieldProblem.field("gender", "Ett kön: "
                    + String.join(", ", Vocabulary.GENDERS.stream().sorted().toList()) + "."));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest("invalid-statistics-query", "Ogiltig statistikfråga",
                    "Frågan kunde inte tolkas; se errors.", errors);
        }
        // Visitors are only ever counted on advisory contacts (the unit's visitor code); saying so makes it the filter.
        String kindCounted = measure == Measure.VISITORS ? ActivityKind.ADVISORY_CONTACT.name() : kind;
        StatisticsQuery query = new StatisticsQuery(start, end, List.copyOf(dimensions), kindCounted, unit, insats,
                kommun, ageBand, gender, measure);
        GroupingLimit.refusal(query).ifPresent(reason -> {
            throw ProblemException.unprocessable("too-fine-grouping", "För fin gruppering", reason, "groupBy");
        });
        return query;
    }

}
