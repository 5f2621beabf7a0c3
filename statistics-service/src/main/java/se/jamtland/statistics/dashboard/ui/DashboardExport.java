package se.jamtland.statistics.dashboard.ui;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.jamtland.statistics.dashboard.application.DashboardView;
import se.jamtland.statistics.disclosure.PublishedValue;
import se.jamtland.statistics.report.StatisticsCsv;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A view of the dashboard as a file (issue 14): exactly what the page shows, in its order: the title, the filters,
 * the table, each chart's table, the legend, the note, the catalog's version and the perturbation table. A value is
 * the published one: a number, or "<5" as text. CSV as the API's (UTF-8 with BOM, semicolons, for Excel), and
 * .xlsx by Apache POI with numbers as numbers.
 */
final class DashboardExport {

    private static final String BOM = "\uFEFF";

    private DashboardExport() {
    }

    /** A line of the file: texts, and published values where the page shows numbers. */
    private record Line(List<Object> fields, boolean heading) {
    }

    private static List<Line> lines(DashboardView view) {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(List.of(view.title()), true));
        lines.add(new Line(List.of("Filter"), true));
        view.filterLines().forEach(line -> lines.add(new Line(List.of(line), false)));
        lines.add(new Line(List.of(), false));
        lines.add(new Line(List.of(view.table().caption()), true));
        lines.add(new Line(new ArrayList<>(view.table().headers()), true));
        for (DashboardView.Row row : view.table().rows()) {
            List<Object> fields = new ArrayList<>(row.labels());
            fields.add(row.value());
            lines.add(new Line(fields, false));
        }
        List<Object> total = new ArrayList<>();
        total.add("Totalt");
        for (int i = 1; i < view.table().headers().size() - 1; i++) {
            total.add("");
        }
        total.add(view.table().total());
        lines.add(new Line(total, false));
        for (DashboardView.Chart chart : view.charts()) {
            lines.add(new Line(List.of(), false));
            lines.add(new Line(List.of("Diagram: " + chart.title()), true));
            List<Object> header = new ArrayList<>();
            header.add(chart.seriesHeader() == null ? chart.categoryHeader()
                    : chart.categoryHeader() + " / " + chart.seriesHeader());
            header.addAll(chart.series());
            lines.add(new Line(header, true));
            for (int c = 0; c < chart.categories().size(); c++) {
                List<Object> fields = new ArrayList<>();
                fields.add(chart.categories().get(c));
                fields.addAll(chart.values().get(c));
                lines.add(new Line(fields, false));
            }
        }
        lines.add(new Line(List.of(), false));
        lines.add(new Line(List.of("Teckenförklaring"), true));
        view.legend().forEach(line -> lines.add(new Line(List.of(line), false)));
        lines.add(new Line(List.of("Vad talen räknar: " + view.measureDescription()), false));
        lines.add(new Line(List.of(view.note()), false));
        lines.add(new Line(List.of("Katalog: " + catalog(view)), false));
        lines.add(new Line(List.of("Störningstabell: " + view.perturbationTable()), false));
        return lines;
    }

    static String catalog(DashboardView view) {
        return view.catalogVersion() == null
                ? "versionen kunde inte läsas just nu; insatserna anges med sina id"
                : "Bilaga 1, version " + view.catalogVersion();
    }

    static String csv(DashboardView view) {
        StringBuilder csv = new StringBuilder(BOM);
        for (Line line : lines(view)) {
            csv.append(line.fields().stream().map(DashboardExport::text).map(StatisticsCsv::field)
                    .collect(Collectors.joining(";"))).append("\r\n");
        }
        return csv.toString();
    }

    static byte[] xlsx(DashboardView view) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Statistik");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            int r = 0;
            for (Line line : lines(view)) {
                Row row = sheet.createRow(r++);
                for (int i = 0; i < line.fields().size(); i++) {
                    Cell cell = row.createCell(i);
                    Object field = line.fields().get(i);
                    if (field instanceof PublishedValue value && value.number().isPresent()) {
                        cell.setCellValue(value.number().getAsLong());
                    } else {
                        // "<5" is text, as on the page: a sum over the column cannot take it for a number.
                        cell.setCellValue(text(field));
                    }
                    if (line.heading()) {
                        cell.setCellStyle(bold);
                    }
                }
            }
            sheet.setColumnWidth(0, 40 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Object field) {
        return field instanceof PublishedValue value ? value.display() : field.toString();
    }
}
