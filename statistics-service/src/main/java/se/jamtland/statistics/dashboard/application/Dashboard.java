package se.jamtland.statistics.dashboard.application;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import se.jamtland.events.Unit;
import se.jamtland.events.Vocabulary;
import se.jamtland.problem.Problem;
import se.jamtland.problem.ProblemException;
import se.jamtland.statistics.dashboard.DashboardWords;
import se.jamtland.statistics.dashboard.infrastructure.CatalogNames;
import se.jamtland.statistics.disclosure.PublishedCell;
import se.jamtland.statistics.disclosure.PublishedTable;
import se.jamtland.statistics.disclosure.PublishedValue;
import se.jamtland.statistics.report.Dimension;
import se.jamtland.statistics.report.Measure;
import se.jamtland.statistics.report.PublicationNote;
import se.jamtland.statistics.report.StatisticsQuery;
import se.jamtland.statistics.report.StatisticsQuestions;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One view of the county dashboard (issue 14): the table of the chosen grouping and the three charts (activity per
 * month by unit or insats, by kommun, by age band and gender), each asked in process of the same use case as the
 * JSON API ({@link StatisticsQuestions}: the same checks, the same Cell Key Method, so the page shows exactly the
 * numbers the API publishes). Nothing here adds, scales or compares a number: every value shown is one the
 * disclosure control published, and the charts' missing cells are the zeros that it keeps as they are.
 */
@Singleton
public class Dashboard {

    /** Genders in the order a statistician reads them. */
    public static final List<String> GENDERS = List.of("female", "male", "other", "unknown");

    private final StatisticsQuestions questions;
    private final CatalogNames catalog;

    public Dashboard(StatisticsQuestions questions, CatalogNames catalog) {
        this.questions = questions;
        this.catalog = catalog;
    }

    /** The period a view without one shows: the last 12 months, not before the first month that may be asked. */
    public DashboardFilters withDefaults(DashboardFilters filters) {
        YearMonth now = questions.thisMonth();
        YearMonth first = questions.firstMonth();
        String from = filters.from() != null ? filters.from() : latest(first, now.minusMonths(11)).toString();
        String to = filters.to() != null ? filters.to() : now.toString();
        return filters.withPeriod(from, to);
    }

    /** The months that may be chosen, the first month of publication to this month. */
    public List<String> months() {
        List<String> months = new ArrayList<>();
        for (YearMonth month = questions.firstMonth(); !month.isAfter(questions.thisMonth());
             month = month.plusMonths(1)) {
            months.add(month.toString());
        }
        return months;
    }

    public YearMonth thisMonth() {
        return questions.thisMonth();
    }

    public YearMonth firstMonth() {
        return questions.firstMonth();
    }

    public CatalogNames.Catalog catalog() {
        return catalog.current();
    }

    /**
     * @param title what the view is of ("Hela länet", a kommun's name)
     * @throws ProblemException a 400 naming each filter that cannot be read, a 422 for a table grouping too fine
     */
    public DashboardView show(String title, DashboardFilters asked) {
        DashboardFilters filters = withDefaults(asked);
        String series = filters.series() == null ? DashboardFilters.SERIES_UNIT : filters.series();
        if (!DashboardFilters.SERIES_UNIT.equals(series) && !DashboardFilters.SERIES_INSATS.equals(series)) {
            throw ProblemException.badRequest("invalid-dashboard-filter", "Ogiltigt filter",
                    "Diagrammet per månad kan visa en serie per enhet eller per insats.",
                    List.of(Problem.FieldProblem.field("serie", "Välj en serie per enhet eller per insats.")));
        }
        String grouping = filters.groupBy() == null ? DashboardFilters.DEFAULT_GROUP_BY : filters.groupBy();
        // The table's question first: it checks every filter, so a wrong one is named once, as the API names it.
        StatisticsQuery tableQuery = questions.query(filters.question(grouping));
        PublishedTable table = questions.publish(tableQuery);
        CatalogNames.Catalog names = catalog.current();

        List<DashboardView.Chart> charts = new ArrayList<>();
        StatisticsQuery monthly = questions.query(filters.question("month," + series));
        Dimension seriesDimension = DashboardFilters.SERIES_INSATS.equals(series) ? Dimension.INSATS : Dimension.UNIT;
        List<String> seriesCodes = DashboardFilters.SERIES_INSATS.equals(series) ? names.ids() : Unit.ids();
        charts.add(chart("manad", "Aktivitet per månad och " + (seriesDimension == Dimension.UNIT ? "enhet" : "insats"),
                questions.publish(monthly), Dimension.MONTH, months(tableQuery), seriesDimension, seriesCodes,
                names));
        if (filters.kommun() == null) {
            charts.add(chart("kommun", "Per kommun", questions.publish(questions.query(filters.question("kommun"))),
                    Dimension.KOMMUN, kommuner(), null, List.of(), names));
        }
        charts.add(chart("alder-kon", "Per åldersgrupp och kön",
                questions.publish(questions.query(filters.question("ageBand,gender"))), Dimension.AGE_BAND,
                Vocabulary.AGE_BANDS, Dimension.GENDER, GENDERS, names));

        List<String> headers = new ArrayList<>(tableQuery.groupBy().stream().map(Dimension::swedishHeader).toList());
        headers.add(tableQuery.measure().swedishHeader());
        List<DashboardView.Row> rows = table.cells().stream().map(cell -> new DashboardView.Row(
                labels(tableQuery.groupBy(), cell, names.names()), cell.value())).toList();
        DashboardView.Table shown = new DashboardView.Table("Tabell: " + String.join(", ",
                tableQuery.groupBy().stream().map(d -> d.swedishHeader().toLowerCase(java.util.Locale.ROOT)).toList())
                + ", " + tableQuery.from() + " till " + tableQuery.to(), headers, rows, table.grandTotal());
        return new DashboardView(title, filters, filterLines(tableQuery, series, names.names()), shown, charts,
                tableQuery.measure().swedishHeader(), tableQuery.measure().swedishDescription(), table.threshold(),
                table.perturbationTable(), legend(table), PublicationNote.of(table), names.version());
    }

    private static DashboardView.Chart chart(String id, String title, PublishedTable table, Dimension categories,
                                             List<String> categoryCodes, @Nullable Dimension series,
                                             List<String> seriesCodes, CatalogNames.Catalog names) {
        Map<List<String>, PublishedValue> cells = new HashMap<>();
        Set<String> seen = new LinkedHashSet<>();
        for (PublishedCell cell : table.cells()) {
            cells.put(cell.key(), cell.value());
            if (series != null) {
                seen.add(cell.key().get(1));
            }
        }
        // The series that have a published cell, in the catalog's (or the units') order, then any other code.
        List<String> shownSeries = series == null ? List.of("")
                : Stream.concat(seriesCodes.stream().filter(seen::contains),
                seen.stream().filter(code -> !seriesCodes.contains(code)).sorted()).toList();
        List<List<PublishedValue>> values = new ArrayList<>();
        for (String category : categoryCodes) {
            List<PublishedValue> row = new ArrayList<>();
            for (String code : shownSeries) {
                List<String> key = series == null ? List.of(category) : List.of(category, code);
                row.add(cells.getOrDefault(key, new PublishedValue.Shown(0)));
            }
            values.add(row);
        }
        return new DashboardView.Chart(id, title, categories.swedishHeader(),
                series == null ? null : series.swedishHeader(),
                categoryCodes.stream().map(code -> DashboardWords.label(categories, code, names.names())).toList(),
                series == null ? List.of(table.dimensions().size() == 1 ? "Antal" : "")
                        : shownSeries.stream().map(code -> DashboardWords.label(series, code, names.names())).toList(),
                values);
    }

    private static List<String> labels(List<Dimension> dimensions, PublishedCell cell, Map<String, String> names) {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < dimensions.size(); i++) {
            labels.add(DashboardWords.label(dimensions.get(i), cell.key().get(i), names));
        }
        return labels;
    }

    private static List<String> months(StatisticsQuery query) {
        List<String> months = new ArrayList<>();
        for (YearMonth month = YearMonth.parse(query.from()); !month.isAfter(YearMonth.parse(query.to()));
             month = month.plusMonths(1)) {
            months.add(month.toString());
        }
        return months;
    }

    /** The county's kommuner by code, then "another kommun" and "unknown", as the charts and the form list them. */
    public static List<String> kommuner() {
        List<String> codes = new ArrayList<>(Vocabulary.KOMMUN_NAMES.keySet().stream().sorted().toList());
        codes.add("other");
        codes.add("unknown");
        return codes;
    }

    private static List<String> filterLines(StatisticsQuery query, String series, Map<String, String> names) {
        List<String> lines = new ArrayList<>();
        lines.add("Period: " + query.from() + " till " + query.to());
        lines.add("Enhet: " + orAll(query.unit() == null ? null : DashboardWords.label(Dimension.UNIT, query.unit(), names)));
        lines.add("Insats: " + orAll(query.insats() == null ? null
                : DashboardWords.label(Dimension.INSATS, query.insats(), names)));
        lines.add("Kommun: " + orAll(query.kommun() == null ? null : DashboardWords.kommun(query.kommun())));
        lines.add("Händelse: " + orAll(query.kind() == null ? null
                : DashboardWords.label(Dimension.KIND, query.kind(), names)));
        lines.add("Åldersgrupp: " + orAll(query.ageBand() == null ? null
                : DashboardWords.label(Dimension.AGE_BAND, query.ageBand(), names)));
        lines.add("Kön: " + orAll(query.gender() == null ? null
                : DashboardWords.label(Dimension.GENDER, query.gender(), names)));
        lines.add("Vad som räknas: " + (query.measure() == Measure.VISITORS ? "besökare" : "händelser"));
        lines.add("Diagrammet per månad: en serie per "
                + (DashboardFilters.SERIES_INSATS.equals(series) ? "insats" : "enhet"));
        return lines;
    }

    private static String orAll(@Nullable String value) {
        return value == null ? "alla" : value;
    }

    private static List<String> legend(PublishedTable table) {
        int d = table.maximumDeviation();
        return List.of(
                "<" + table.threshold() + ": ett tal från 1 till " + (table.threshold() - 1)
                        + ". Det visas inte exakt, och diagrammen ritar ingen stapel för det.",
                "Alla tal, också totalerna, är störda: det verkliga antalet ändrat med högst " + d
                        + " uppåt eller nedåt, eller oförändrat (Cell Key Method, störningstabell "
                        + table.perturbationTable() + ").",
                "0: inga händelser, eller ett litet antal som ändrats till 0. Ett verkligt 0 visas alltid som 0.",
                "Totalen är störd för sig, så delarna summerar inte alltid till totalen. Använd totalen som den står.");
    }

    private static YearMonth latest(YearMonth a, YearMonth b) {
        return a.isAfter(b) ? a : b;
    }
}
