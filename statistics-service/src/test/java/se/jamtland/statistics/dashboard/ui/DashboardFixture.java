package se.jamtland.statistics.dashboard.ui;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.jamtland.events.ActivityEvent;
import se.jamtland.events.ActivityKind;
import se.jamtland.events.Vocabulary;
import se.jamtland.statistics.StatisticsTestProperties;
import se.jamtland.statistics.disclosure.PublishedCell;
import se.jamtland.statistics.disclosure.PublishedTable;
import se.jamtland.statistics.report.StatisticsQuery;
import se.jamtland.statistics.report.StatisticsQuestion;
import se.jamtland.statistics.report.StatisticsQuestions;
import se.jamtland.testsupport.RealEligibilityService;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The county's activity the dashboard tests read (issue 14): in March 2026 Mini-Maria's advisory contacts, many in
 * Östersund and two in each other kommun (so some kommun's published value is "<5", whichever way the Cell Key
 * Method turns each: a 2 shows as 0 to 4), and Centrum mot våld's cases in Östersund. The published numbers the
 * tests compare the page with are asked of the same use case the JSON API answers from.
 */
final class DashboardFixture {

    static final String PERIOD = "from=2026-03&to=2026-03";

    private DashboardFixture() {
    }

    static Map<String, String> properties(String database) {
        Map<String, String> properties = StatisticsTestProperties.forDatabase(database);
        StatisticsTestProperties.withoutRateLimit(properties);
        // The catalog is eligibility-service's, the real one (the names and version under every table).
        properties.put("micronaut.http.services.eligibility.url", RealEligibilityService.url());
        return properties;
    }

    static List<ActivityEvent> events() {
        List<ActivityEvent> events = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            events.add(contact("2380", i % 2 == 0 ? "female" : "male", i % 3 == 0 ? "15-17" : "18-21"));
        }
        for (String kommun : Vocabulary.KOMMUN_NAMES.keySet()) {
            if (!kommun.equals("2380")) {
                events.add(contact(kommun, "female", "15-17"));
                events.add(contact(kommun, "male", "18-21"));
            }
        }
        for (int i = 0; i < 25; i++) {
            events.add(ActivityEvent.of(ActivityKind.CASE_STARTED, "cmv", "cmv-stodsamtal-vald", "DEIDENTIFIED",
                    LocalDate.of(2026, 3, 2 + i % 20), "30-49", "female", "2380", null, null, null, "2025-07-01",
                    Instant.now()));
        }
        return events;
    }

    private static ActivityEvent contact(String kommun, String gender, String ageBand) {
        return ActivityEvent.of(ActivityKind.ADVISORY_CONTACT, "minimaria", "minimaria-radgivande-samtal", "ADVISORY",
                LocalDate.of(2026, 3, 10), ageBand, gender, kommun, "PHONE", null, null, "2025-07-01",
                Instant.now());
    }

    /** What the API publishes for March 2026 by kommun (and the other filters given), as "<5" or a number. */
    static Map<String, String> publishedByKommun(StatisticsQuestions questions, String unit) {
        StatisticsQuery query = questions.query(new StatisticsQuestion("2026-03", "2026-03", "kommun", null, unit,
                null, null, null, null, null));
        PublishedTable table = questions.publish(query);
        Map<String, String> published = new LinkedHashMap<>();
        for (PublishedCell cell : table.cells()) {
            published.put(cell.key().get(0), cell.value().display());
        }
        return published;
    }

    /** The kommun chart's table on the page: each kommun's name and the value shown. */
    static Map<String, String> kommunTableOf(String html) {
        int start = html.indexOf("id=\"kommun-tabell\"");
        String table = html.substring(start, html.indexOf("</table>", start));
        Map<String, String> shown = new LinkedHashMap<>();
        Matcher row = Pattern.compile("<th scope=\"row\">([^<]+)</th>\\s*<td class=\"number[^\"]*\">([^<]+)</td>")
                .matcher(table);
        while (row.find()) {
            shown.put(row.group(1), row.group(2).replace("&lt;", "<"));
        }
        return shown;
    }

    /** The SVG of one chart on the page. */
    static String svgOf(String html, String chartId) {
        int section = html.indexOf("id=\"" + chartId + "-rubrik\"");
        int start = html.indexOf("<svg", section);
        return html.substring(start, html.indexOf("</svg>", start));
    }

    static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    /** Every row of the workbook's one sheet, as text ("<5" is text there, numbers are numbers). */
    static List<List<String>> rowsOf(byte[] xlsx) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet("Statistik");
            List<List<String>> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (Cell cell : row) {
                    cells.add(cell.getCellType() == CellType.NUMERIC
                            ? Long.toString((long) cell.getNumericCellValue()) : cell.getStringCellValue());
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
