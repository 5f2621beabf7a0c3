package se.jamtland.statistics.report;

import io.micronaut.context.annotation.Property;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import se.jamtland.access.Roles;
import se.jamtland.problem.Problem;
import se.jamtland.problem.ProblemException;
import se.jamtland.statistics.disclosure.PublishedTable;
import se.jamtland.statistics.disclosure.SmallCellSuppression;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

@Controller
@Secured(Roles.COUNTY_STATISTICS)
@Tag(name = "Statistik")
@ExecuteOn(TaskExecutors.BLOCKING)
public class StatisticsController {

    private static final Pattern MONTH = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final String FIRST_MONTH = "2025-07";

    private final AggregateReader reader;
    private final SmallCellSuppression suppression;
    private final Clock clock;

    public StatisticsController(AggregateReader reader,
                                @Property(name = "statistics.suppression-threshold", defaultValue = "5") int threshold,
                                Clock clock) {
        this.reader = reader;
        this.suppression = new SmallCellSuppression(threshold);
        this.clock = clock;
    }

    @Get(value = "/statistics", produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "Statistik per månad, enhet, insats, kommun m.m.; små tal visas som <5")
    public StatisticsReport statistics(@QueryValue @Nullable String from, @QueryValue @Nullable String to,
                                       @QueryValue @Nullable String groupBy, @QueryValue @Nullable String kind,
                                       @QueryValue @Nullable String unit, @QueryValue @Nullable String insats) {
        StatisticsQuery query = query(from, to, groupBy, kind, unit, insats);
        return StatisticsReport.of(query, publish(query));
    }

    @Get(value = "/statistics.csv", produces = "text/csv")
    @Operation(summary = "Samma statistik som CSV (UTF-8 med BOM för Excel, semikolon, svenska rubriker)")
    public HttpResponse<String> csv(@QueryValue @Nullable String from, @QueryValue @Nullable String to,
                                    @QueryValue @Nullable String groupBy, @QueryValue @Nullable String kind,
                                    @QueryValue @Nullable String unit, @QueryValue @Nullable String insats) {
        StatisticsQuery query = query(from, to, groupBy, kind, unit, insats);
        return HttpResponse.ok(StatisticsCsv.render(query, publish(query)))
                .contentType("text/csv; charset=UTF-8")
                .header("Content-Disposition",
                        "attachment; filename=\"statistik-" + query.from() + "-" + query.to() + ".csv\"");
    }

    private PublishedTable publish(StatisticsQuery query) {
        return suppression.suppress(reader.read(query));
    }

    private StatisticsQuery query(String from, String to, String groupBy, String kind, String unit, String insats) {
        List<Problem.FieldProblem> errors = new ArrayList<>();
        String end = to != null ? to : YearMonth.now(clock).toString();
        String start = from != null ? from : FIRST_MONTH;
        if (!MONTH.matcher(start).matches()) {
            errors.add(Problem.FieldProblem.field("from", "En månad som 2025-07."));
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
        for (String[] filter : new String[][] {{"kind", kind}, {"unit", unit}, {"insats", insats}}) {
            if (filter[1] != null && !CODE.matcher(filter[1]).matches()) {
                errors.add(Problem.FieldProblem.field(filter[0], "En kod ur katalogen eller händelsetyperna."));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest("invalid-statistics-query", "Ogiltig statistikfråga",
                    "Frågan kunde inte tolkas; se errors.", errors);
        }
        return new StatisticsQuery(start, end, List.copyOf(dimensions), kind, unit, insats);
    }
}
