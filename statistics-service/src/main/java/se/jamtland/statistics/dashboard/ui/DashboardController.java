package se.jamtland.statistics.dashboard.ui;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import se.jamtland.access.Roles;
import se.jamtland.events.ActivityKind;
import se.jamtland.events.Unit;
import se.jamtland.events.Vocabulary;
import se.jamtland.problem.Problem;
import se.jamtland.problem.ProblemException;
import se.jamtland.statistics.dashboard.DashboardWords;
import se.jamtland.statistics.dashboard.application.Dashboard;
import se.jamtland.statistics.dashboard.application.DashboardFilters;
import se.jamtland.statistics.dashboard.application.DashboardView;
import se.jamtland.statistics.dashboard.infrastructure.CatalogNames;
import se.jamtland.statistics.report.Dimension;
import se.jamtland.webui.page.FormError;
import se.jamtland.webui.page.RefusalPages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The county dashboard (issue 14), for the county statistician only: the whole county at {@code /}, one kommun at
 * {@code /ui/kommuner/{kommun}} (what the gateway serves that kommun's case system), and each view as CSV and .xlsx.
 * The filters are the GET form's fields in the URL, empty ones dropped before anything is asked; a filter that cannot
 * be read shows the same page again with the use case's Swedish reason by the field (400; never the value sent).
 */
@Hidden
@Controller
@Produces(MediaType.TEXT_HTML)
@Secured(Roles.COUNTY_STATISTICS)
@ExecuteOn(TaskExecutors.BLOCKING)
public class DashboardController {

    private static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Dashboard dashboard;
    private final RefusalPages refusals;

    public DashboardController(Dashboard dashboard, RefusalPages refusals) {
        this.dashboard = dashboard;
        this.refusals = refusals;
    }

    @Get(DashboardRoutes.COUNTY)
    public HttpResponse<?> county(HttpRequest<?> request) {
        return page(request, filters(request), null);
    }

    @Get(DashboardRoutes.KOMMUNER)
    public ModelAndView<Map<String, Object>> kommuner() {
        List<Option> kommuner = Vocabulary.KOMMUN_NAMES.keySet().stream().sorted()
                .map(code -> new Option(DashboardRoutes.KOMMUN.replace("{kommun}", code), DashboardWords.kommun(code),
                        false)).toList();
        return new ModelAndView<>("statistics/kommuner", Map.of("kommuner", kommuner));
    }

    @Get(DashboardRoutes.KOMMUN)
    public HttpResponse<?> kommun(@PathVariable String kommun, HttpRequest<?> request) {
        if (!Vocabulary.KOMMUN_NAMES.containsKey(kommun)) {
            return refusals.page(request, HttpStatus.NOT_FOUND, "Kommunen finns inte i länet",
                    "Välj en av länets kommuner i listan Per kommun.");
        }
        return page(request, filters(request).withKommun(kommun), kommun);
    }

    @Get(DashboardRoutes.CSV)
    @Produces("text/csv")
    public HttpResponse<?> csv(HttpRequest<?> request) {
        DashboardFilters filters = filters(request);
        try {
            DashboardView view = dashboard.show(title(filters.kommun()), filters);
            return HttpResponse.ok(DashboardExport.csv(view)).contentType("text/csv; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"" + fileName(view) + ".csv\"");
        } catch (ProblemException e) {
            return page(request, filters, null);
        }
    }

    @Get(DashboardRoutes.XLSX)
    @Produces(XLSX_TYPE)
    public HttpResponse<?> xlsx(HttpRequest<?> request) {
        DashboardFilters filters = filters(request);
        try {
            DashboardView view = dashboard.show(title(filters.kommun()), filters);
            return HttpResponse.ok(DashboardExport.xlsx(view)).contentType(XLSX_TYPE)
                    .header("Content-Disposition", "attachment; filename=\"" + fileName(view) + ".xlsx\"");
        } catch (ProblemException e) {
            return page(request, filters, null);
        }
    }

    private HttpResponse<?> page(HttpRequest<?> request, DashboardFilters asked, @Nullable String kommunView) {
        DashboardFilters filters = dashboard.withDefaults(asked);
        String path = kommunView == null ? DashboardRoutes.COUNTY : DashboardRoutes.KOMMUN.replace("{kommun}", kommunView);
        Map<String, Object> model = new HashMap<>();
        model.put("heading", title(filters.kommun()));
        model.put("kommunView", kommunView != null);
        model.put("action", path);
        form(model, filters, kommunView == null);
        model.put("quick", quickChoices(path, filters));
        try {
            DashboardView view = dashboard.show(title(filters.kommun()), filters);
            model.put("view", view);
            model.put("charts", view.charts().stream().map(BarChartSvg::of).toList());
            String query = query(view.filters().parameters());
            model.put("csv", DashboardRoutes.CSV + query);
            model.put("xlsx", DashboardRoutes.XLSX + query);
            model.put("catalog", DashboardExport.catalog(view));
            model.put("errors", List.of());
            return HttpResponse.ok(new ModelAndView<>("statistics/dashboard", model));
        } catch (ProblemException e) {
            Problem problem = e.problem();
            List<FormError> errors = problem.errors() == null || problem.errors().isEmpty()
                    ? List.of(new FormError(null, problem.detail() == null ? problem.title() : problem.detail()))
                    : problem.errors().stream().map(error -> new FormError(error.pointer().replace("#/", ""),
                    error.detail())).toList();
            model.put("errors", errors);
            // The quick choices keep no filter that was refused: a value sent is never repeated, not in a link either.
            model.put("quick", quickChoices(path, new DashboardFilters(filters.from(), filters.to(), null, null,
                    null, null, null, null, null, null, null)));
            model.put("fieldErrors", errors.stream().filter(error -> error.field() != null)
                    .collect(Collectors.toMap(FormError::field, FormError::message, (a, b) -> a)));
            return HttpResponse.status(HttpStatus.valueOf(problem.status()))
                    .body(new ModelAndView<>("statistics/dashboard", model));
        }
    }

    /** The filters of the URL: every empty field dropped (issue 13's rule for GET forms), groupBy's boxes joined. */
    private static DashboardFilters filters(HttpRequest<?> request) {
        List<String> grouping = request.getParameters().getAll("groupBy").stream()
                .flatMap(value -> Arrays.stream(value.split(","))).map(String::strip).filter(v -> !v.isEmpty())
                .toList();
        return new DashboardFilters(value(request, "from"), value(request, "to"), value(request, "unit"),
                value(request, "insats"), value(request, "kommun"), value(request, "kind"),
                value(request, "ageBand"), value(request, "gender"), value(request, "measure"),
                grouping.isEmpty() ? null : String.join(",", grouping), value(request, "serie"));
    }

    @Nullable
    private static String value(HttpRequest<?> request, String name) {
        String value = request.getParameters().get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String title(@Nullable String kommun) {
        return kommun == null ? "Statistik för hela länet" : "Statistik för " + DashboardWords.kommun(kommun)
                + (Vocabulary.KOMMUN_NAMES.containsKey(kommun) ? "s kommun" : "");
    }

    private static String fileName(DashboardView view) {
        String kommun = view.filters().kommun();
        return "statistik-" + view.filters().from() + "-" + view.filters().to()
                + (kommun != null && Vocabulary.KOMMUNER.contains(kommun) ? "-" + kommun : "");
    }

    private void form(Map<String, Object> model, DashboardFilters filters, boolean withKommun) {
        CatalogNames.Catalog catalog = dashboard.catalog();
        List<String> months = dashboard.months();
        model.put("fromMonths", options(months, months, filters.from()));
        model.put("toMonths", options(months, months, filters.to()));
        model.put("units", options(Unit.ids(), Unit.ids().stream().map(Vocabulary.UNIT_NAMES::get).toList(),
                filters.unit()));
        model.put("insatser", options(catalog.ids(), catalog.ids().stream()
                .map(id -> catalog.names().getOrDefault(id, id)).toList(), filters.insats()));
        model.put("withKommun", withKommun);
        List<String> kommuner = Dashboard.kommuner();
        model.put("kommunOptions", options(kommuner, kommuner.stream().map(DashboardWords::kommun).toList(),
                filters.kommun()));
        List<String> kinds = Arrays.stream(ActivityKind.values()).map(Enum::name).toList();
        model.put("kinds", options(kinds, kinds.stream().map(k -> DashboardWords.label(Dimension.KIND, k, Map.of()))
                .toList(), filters.kind()));
        model.put("ageBands", options(Vocabulary.AGE_BANDS, Vocabulary.AGE_BANDS.stream()
                .map(a -> DashboardWords.label(Dimension.AGE_BAND, a, Map.of())).toList(), filters.ageBand()));
        model.put("genders", options(Dashboard.GENDERS, Dashboard.GENDERS.stream()
                .map(g -> DashboardWords.label(Dimension.GENDER, g, Map.of())).toList(), filters.gender()));
        List<String> grouping = Arrays.asList((filters.groupBy() == null ? DashboardFilters.DEFAULT_GROUP_BY
                : filters.groupBy()).split(","));
        model.put("dimensions", Arrays.stream(Dimension.values())
                .map(d -> new Option(d.parameter(), d.swedishHeader(), grouping.contains(d.parameter()))).toList());
        model.put("visitors", "visitors".equals(filters.measure()));
        model.put("seriesInsats", DashboardFilters.SERIES_INSATS.equals(filters.series()));
        model.put("fieldErrors", Map.of());
    }

    private static List<Option> options(List<String> values, List<String> labels, @Nullable String selected) {
        List<Option> options = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            options.add(new Option(values.get(i), labels.get(i), values.get(i).equals(selected)));
        }
        return options;
    }

    /** This year, last year and the last 12 months, within the months that may be asked; links keep the rest. */
    private List<Option> quickChoices(String path, DashboardFilters filters) {
        YearMonth now = dashboard.thisMonth();
        YearMonth first = dashboard.firstMonth();
        List<Option> quick = new ArrayList<>();
        addQuick(quick, path, filters, "I år (" + now.getYear() + ")", now.withMonth(1), now, first);
        YearMonth lastYearEnd = now.minusYears(1).withMonth(12);
        if (!lastYearEnd.isBefore(first)) {
            addQuick(quick, path, filters, "Förra året (" + lastYearEnd.getYear() + ")", lastYearEnd.withMonth(1),
                    lastYearEnd, first);
        }
        addQuick(quick, path, filters, "Senaste 12 månaderna", now.minusMonths(11), now, first);
        return quick;
    }

    private static void addQuick(List<Option> quick, String path, DashboardFilters filters, String label,
                                 YearMonth from, YearMonth to, YearMonth first) {
        String start = (from.isBefore(first) ? first : from).toString();
        DashboardFilters period = filters.withPeriod(start, to.toString());
        Map<String, String> parameters = period.parameters();
        if (path.startsWith(DashboardRoutes.KOMMUNER)) {
            parameters.remove("kommun");
        }
        boolean current = start.equals(filters.from()) && to.toString().equals(filters.to());
        quick.add(new Option(path + query(parameters), label, current));
    }

    private static String query(Map<String, String> parameters) {
        if (parameters.isEmpty()) {
            return "";
        }
        return "?" + parameters.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** A choice of a form or a link: value (or address), its Swedish label, whether it is the one in force. */
    public record Option(String value, String label, boolean selected) {
    }
}
