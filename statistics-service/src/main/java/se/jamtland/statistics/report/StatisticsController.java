package se.jamtland.statistics.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import se.jamtland.access.Roles;
import se.jamtland.events.ActivityKind;
import se.jamtland.events.Vocabulary;
import se.jamtland.problem.Problem;
import se.jamtland.problem.ProblemException;
import se.jamtland.problem.openapi.ProblemResponses;
import se.jamtland.statistics.disclosure.CellKeyMethod;
import se.jamtland.statistics.disclosure.DisclosureControl;
import se.jamtland.statistics.disclosure.PublishedTable;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The county's statistics, and a kommun's own (issue 12): a case system's token (CASE_SYSTEM, through the gateway)
 * reads the same tables through the same disclosure control, with the kommun filter forced to the kommun its
 * token names; a {@code kommun} parameter naming another is a 403, so no kommun reads another's small numbers.
 */
@Controller
@Secured({Roles.COUNTY_STATISTICS, Roles.CASE_SYSTEM})
@Tag(name = "statistics", description = "Statistik")
@ProblemResponses.Unauthorized
@ProblemResponses.Forbidden
@ExecuteOn(TaskExecutors.BLOCKING)
public class StatisticsController {

    /** What a report looks like (the counts are made up; "<5" is a published count from 1 to 4). */
    private static final String REPORT = """
            {"from": "2025-07", "to": "2025-09", "groupBy": ["unit", "kind"], "threshold": 5,
             "perturbationTable": "D2V100-2026-12",
             "note": "Talen är skyddade med Cell Key Method (störningstabell D2V100-2026-12): varje tal, även varje \
            total, är det verkliga antalet ändrat med högst 2 uppåt eller nedåt, eller oförändrat.",
             "rows": [{"unit": "cmv", "kind": "SESSION", "count": 37},
                      {"unit": "cmv", "kind": "CASE_STARTED", "count": "<5"}],
             "totals": [{"summedOver": "kind", "unit": "cmv", "count": 40}],
             "total": 40, "measure": "events",
             "measureDescription": "Antal händelser. En person kan stå för flera."}""";

    private static final Pattern MONTH = Pattern.compile(StatisticsParameters.MONTH_PATTERN);
    private static final Pattern INSATS = Pattern.compile(StatisticsParameters.INSATS_PATTERN);
    private static final List<String> UNITS = List.of(StatisticsParameters.UNIT_PATTERN.split("\\|"));

    private final AggregateReader reader;
    private final PublicationParameters publication;
    private final Clock clock;

    public StatisticsController(AggregateReader reader, PublicationParameters publication, Clock clock) {
        this.reader = reader;
        this.publication = publication;
        this.clock = clock;
    }

    @Get(value = "/statistics", produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "Statistik per månad, enhet, insats, kommun m.m., störd med Cell Key Method (svarets perturbationTable);"
            + " publicerade tal under svarets threshold visas som \"<\" följt av det",
            description = "measure=events (standard) räknar händelser: CASE_STARTED räknar ärenden (påbörjade "
                    + "insatser), inte personer. measure=visitors räknar besökare i rådgivande kontakter: första "
                    + "besöket under kalenderåret i en insats med besökskod; besök utan besökskod finns inte med. "
                    + "Svarets measureDescription säger vad talen räknar.",
            operationId = "getStatistics")
    @ApiResponse(responseCode = "200", description = "Tabellen, störd och med förklaring.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatisticsReport.class),
            examples = @ExampleObject(name = "report", value = REPORT)))
    @ProblemResponses.BadRequest
    @ProblemResponses.NotAcceptable
    @TooFineGrouping
    @ProblemResponses.TooManyRequests
    public StatisticsReport statistics(@RequestBean StatisticsParameters parameters, Authentication authentication) {
        StatisticsQuery query = query(parameters, KommunScope.of(authentication, parameters.kommun()));
        return StatisticsReport.of(query, publish(query));
    }

    @Get(value = "/statistics.csv", produces = "text/csv")
    @Operation(operationId = "getStatisticsCsv",
            summary = "Samma statistik som CSV (UTF-8 med BOM för Excel, semikolon, svenska rubriker)")
    @ApiResponse(responseCode = "200", description = "Tabellen som CSV-fil.", content = @Content(
            mediaType = "text/csv", schema = @Schema(type = "string"),
            examples = @ExampleObject(name = "csv", value = """
                    Enhet;Händelsetyp;Antal
                    cmv;SESSION;37
                    cmv;CASE_STARTED;<5
                    """)))
    @ProblemResponses.BadRequest
    @ProblemResponses.NotAcceptable
    @TooFineGrouping
    @ProblemResponses.TooManyRequests
    public HttpResponse<String> csv(@RequestBean StatisticsParameters parameters, Authentication authentication) {
        StatisticsQuery query = query(parameters, KommunScope.of(authentication, parameters.kommun()));
        return HttpResponse.ok(StatisticsCsv.render(query, publish(query)))
                .contentType("text/csv; charset=UTF-8")
                .header("Content-Disposition",
                        "attachment; filename=\"statistik-" + query.from() + "-" + query.to() + ".csv\"");
    }

    /**
     * By the Cell Key Method with the perturbation table of perturbation-table.yaml, under the threshold in force on
     * the day of publication (statistics-parameters.yaml).
     */
    private PublishedTable publish(StatisticsQuery query) {
        DisclosureControl control = new CellKeyMethod(publication.suppressionThreshold(LocalDate.now(clock)),
                publication.perturbationTable());
        return control.publish(reader.read(query));
    }

    private StatisticsQuery query(StatisticsParameters parameters, @Nullable String kommun) {
        String from = parameters.from();
        String to = parameters.to();
        String groupBy = parameters.groupBy();
        String kind = parameters.kind();
        String unit = parameters.unit();
        String insats = parameters.insats();
        List<Problem.FieldProblem> errors = new ArrayList<>();
        Measure measure = parameters.measure() == null ? Measure.EVENTS
                : Measure.byParameter(parameters.measure()).orElse(null);
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
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest("invalid-statistics-query", "Ogiltig statistikfråga",
                    "Frågan kunde inte tolkas; se errors.", errors);
        }
        // Visitors are only ever counted on advisory contacts (the unit's visitor code); saying so makes it the filter.
        String kindCounted = measure == Measure.VISITORS ? ActivityKind.ADVISORY_CONTACT.name() : kind;
        StatisticsQuery query = new StatisticsQuery(start, end, List.copyOf(dimensions), kindCounted, unit, insats,
                kommun, measure);
        GroupingLimit.refusal(query).ifPresent(reason -> {
            throw ProblemException.unprocessable("too-fine-grouping", "För fin gruppering", reason, "groupBy");
        });
        return query;
    }

    /** 422 for a grouping too fine to answer ({@link GroupingLimit}), as both reports document it. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @ApiResponse(responseCode = "422",
            description = "För fin gruppering: groupBy skulle ge fler än 50 000 celler för perioden "
                    + "(typ `too-fine-grouping`). Gruppera efter färre dimensioner, välj en kortare period eller "
                    + "filtrera.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "problem", value = """
                            {"type": "urn:jamtland:lansverksamheter:problem:too-fine-grouping",
                             "title": "För fin gruppering",
                             "status": 422,
                             "detail": "Grupperingen i groupBy skulle ge fler än 50 000 celler för perioden.",
                             "instance": "urn:uuid:5f6a7b8c-9d0e-4f1a-8b2c-3d4e5f6a7b8c",
                             "errors": [{"pointer": "#/groupBy", "detail": "För fin gruppering."}]}""")))
    @interface TooFineGrouping {
    }
}
