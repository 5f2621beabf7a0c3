package se.jamtland.statistics.dashboard.ui;

import se.jamtland.statistics.dashboard.application.DashboardView;
import se.jamtland.statistics.disclosure.PublishedValue;

import java.util.ArrayList;
import java.util.List;

/**
 * A chart drawn by the server as SVG (issue 14; statistics-service's README says why): horizontal bars, grouped
 * by category, one bar per series, each row naming its category and series in text and its published value beside
 * the bar, so nothing is told by colour or pattern alone. A bar is drawn only for a published number: a value below
 * the threshold is the text "<5" and no bar at all, never a bar of its true height (the page does not know it), and
 * the longest bar is the largest published number. The template ({@code statistics/chart.html}) writes what this
 * lays out with presentation attributes only, so the Content-Security-Policy needs no inline style.
 */
public final class BarChartSvg {

    static final int ROW = 20;
    static final int GROUP_GAP = 12;
    static final int CATEGORY_WIDTH = 150;
    static final int SERIES_WIDTH = 230;
    static final int BAR_SPACE = 360;
    static final int VALUE_SPACE = 60;
    static final int PATTERNS = 6;
    /** Longer series names are cut in the chart (its table has them whole). */
    static final int SERIES_CHARACTERS = 32;

    private BarChartSvg() {
    }

    /** What the template draws: texts and bars at their places, the ids unique on the page. */
    public record Svg(String id, int width, int height, int barX, List<Text> texts, List<Bar> bars,
                      List<String> patternIds, List<Key> keys) {
    }

    /** @param kind the CSS class: category, series, value or below (a value under the threshold) */
    public record Text(int x, int y, String text, String kind) {
    }

    public record Bar(int x, int y, int width, int height, String fill) {
    }

    /** A series' pattern beside its name, under the chart. */
    public record Key(String label, String fill, int index) {
    }

    public static Svg of(DashboardView.Chart chart) {
        boolean grouped = chart.seriesHeader() != null;
        int seriesWidth = grouped ? SERIES_WIDTH : 0;
        int barX = CATEGORY_WIDTH + seriesWidth;
        long largest = 1;
        for (List<PublishedValue> row : chart.values()) {
            for (PublishedValue value : row) {
                largest = Math.max(largest, value.number().orElse(0));
            }
        }
        List<Text> texts = new ArrayList<>();
        List<Bar> bars = new ArrayList<>();
        List<String> patterns = new ArrayList<>();
        for (int p = 0; p < PATTERNS; p++) {
            patterns.add(chart.id() + "-monster-" + p);
        }
        int y = 0;
        for (int c = 0; c < chart.categories().size(); c++) {
            texts.add(new Text(0, y + ROW - 6, chart.categories().get(c), "category"));
            for (int s = 0; s < chart.series().size(); s++) {
                PublishedValue value = chart.values().get(c).get(s);
                String fill = "url(#" + patterns.get(s % PATTERNS) + ")";
                if (grouped) {
                    texts.add(new Text(CATEGORY_WIDTH, y + ROW - 6, shorten(chart.series().get(s)), "series"));
                }
                if (value.belowThreshold()) {
                    texts.add(new Text(barX + 4, y + ROW - 6, value.display(), "below"));
                } else {
                    long number = value.number().orElseThrow();
                    int width = (int) Math.round((double) number * BAR_SPACE / largest);
                    if (width > 0) {
                        bars.add(new Bar(barX, y + 3, width, ROW - 6, fill));
                    }
                    texts.add(new Text(barX + width + 6, y + ROW - 6, value.display(), "value"));
                }
                y += ROW;
            }
            y += GROUP_GAP;
        }
        List<Key> keys = new ArrayList<>();
        if (grouped) {
            for (int s = 0; s < chart.series().size(); s++) {
                keys.add(new Key(chart.series().get(s), "url(#" + patterns.get(s % PATTERNS) + ")", s));
            }
        }
        return new Svg(chart.id(), barX + BAR_SPACE + VALUE_SPACE, Math.max(y, ROW), barX, texts, bars, patterns,
                keys);
    }

    private static String shorten(String label) {
        return label.length() <= SERIES_CHARACTERS ? label : label.substring(0, SERIES_CHARACTERS - 1) + "…";
    }
}
