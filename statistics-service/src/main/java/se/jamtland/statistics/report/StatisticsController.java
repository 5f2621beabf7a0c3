package se.jamtland.statistics.report;

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
import se.jamtland.problem.Problem;
import se.jamtland.problem.openapi.ProblemResponses;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

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

    private final StatisticsQuestions questions;

    public StatisticsController(StatisticsQuestions questions) {
        this.questions = questions;
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
        StatisticsQuery query = questions.query(StatisticsQuestion.of(parameters,
                KommunScope.of(authentication, parameters.kommun())));
        return StatisticsReport.of(query, questions.publish(query));
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
        StatisticsQuery query = questions.query(StatisticsQuestion.of(parameters,
                KommunScope.of(authentication, parameters.kommun())));
        return HttpResponse.ok(StatisticsCsv.render(query, questions.publish(query)))
                .contentType("text/csv; charset=UTF-8")
                .header("Content-Disposition",
                        "attachment; filename=\"statistik-" + query.from() + "-" + query.to() + ".csv\"");
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
