package se.jamtland.gateway.statistics;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
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
import se.jamtland.gateway.access.CaseSystems;
import se.jamtland.runtime.trace.TraceContextFilter;
import se.jamtland.gateway.upstream.Forwarding;
import se.jamtland.gateway.upstream.GatewayProblemResponses;
import se.jamtland.gateway.upstream.QueryProblemResponses;
import se.jamtland.gateway.upstream.Relay;
import se.jamtland.gateway.upstream.UpstreamCall;
import se.jamtland.gateway.upstream.Upstreams;
import se.jamtland.problem.Problem;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The kommun's own statistics (issue 12, 2): forwarded with the case system's own token to statistics-service,
 * which forces the kommun filter to the token's kommun and refuses another (403), through the county's disclosure
 * control (the same code path). The gateway passes the query on as it came and never logs it.
 */
@Controller("/api/v1")
@Secured(Roles.CASE_SYSTEM)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "statistik")
public class StatisticsController {

    static final String EXAMPLE = "{\"from\":\"2025-07\",\"to\":\"2025-12\",\"groupBy\":[\"insats\"],\"rows\":[{"
            + "\"insats\":\"minimaria-a-cra\",\"count\":\"<5\"},{\"insats\":\"minimaria-radgivande-samtal\","
            + "\"count\":23}],\"total\":\"27\",\"threshold\":5,\"perturbationTable\":\"D2V100-2026-12\"}";
    static final String CSV_EXAMPLE = "\uFEFFInsats;Antal\r\nminimaria-a-cra;<5\r\nTotalt;27\r\n";
    static final String FORBIDDEN_KOMMUN = "{\"type\":\"urn:jamtland:lansverksamheter:problem:forbidden\",\"title\":"
            + "\"Åtkomst nekad\",\"status\":403,\"detail\":\"Ett verksamhetssystem ser bara sin egen kommuns "
            + "statistik.\",\"instance\":\"urn:uuid:1b4e28ba-2fa1-41d2-883f-0016d3cca427\"}";

    /** What statistics-service refuses of a query: unreadable (400), a table too large (422). */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @QueryProblemResponses
    @ApiResponse(responseCode = "422", description = "För stor tabell (grouping-too-large)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(value = "{\"type\":\"urn:jamtland:lansverksamheter:problem:"
                            + "grouping-too-large\",\"title\":\"För stor tabell\",\"status\":422,\"instance\":"
                            + "\"urn:uuid:1b4e28ba-2fa1-41d2-883f-0016d3cca428\"}")))
    @interface StatisticsProblems {
    }

    private final Forwarding forwarding;
    private final Upstreams.Upstream statistics;

    public StatisticsController(Forwarding forwarding, Upstreams upstreams) {
        this.forwarding = forwarding;
        this.statistics = upstreams.required(Upstreams.STATISTICS);
    }

    @Get("/statistics")
    @Operation(operationId = "getStatistics", summary = "Er kommuns statistik",
            description = "Samma tabeller och samma röjandeskydd (Cell Key Method) som länets statistik, alltid "
                    + "filtrerade på kommunen i er token. En annan kommun i parametern kommun ger 403.")
    @ApiResponse(responseCode = "200", description = "Tabellen",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = "object"),
                    examples = @ExampleObject(value = EXAMPLE)))
    @StatisticsProblems
    @GatewayProblemResponses
    public MutableHttpResponse<byte[]> statistics(@RequestBean StatisticsQuery query, Authentication authentication,
                                                 HttpRequest<?> request) {
        return forward("/statistics", authentication, request);
    }

    @Get("/statistics.csv")
    @Operation(operationId = "getStatisticsCsv", summary = "Er kommuns statistik som CSV",
            description = "Samma som /api/v1/statistics, för Excel (UTF-8 med BOM, semikolon, svenska rubriker).")
    @ApiResponse(responseCode = "200", description = "Tabellen som CSV",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string"),
                    examples = @ExampleObject(value = CSV_EXAMPLE)))
    @StatisticsProblems
    @GatewayProblemResponses
    public MutableHttpResponse<byte[]> statisticsCsv(@RequestBean StatisticsQuery query, Authentication authentication,
                                                 HttpRequest<?> request) {
        return forward("/statistics.csv", authentication, request);
    }

    private MutableHttpResponse<byte[]> forward(String path, Authentication authentication, HttpRequest<?> request) {
        CaseSystems.caller(authentication);
        String query = request.getUri().getRawQuery();
        return Relay.answer(forwarding.send(statistics, UpstreamCall.get("/api/v1" + path,
                query == null || query.isEmpty() ? path : path + "?" + query, CaseSystems.ownToken(request)),
                TraceContextFilter.of(request)));
    }
}
