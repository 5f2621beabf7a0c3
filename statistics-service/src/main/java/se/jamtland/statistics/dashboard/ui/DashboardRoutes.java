package se.jamtland.statistics.dashboard.ui;

/** The county dashboard's pages (issue 14); web-ui accepts the staff session on "/" and "/ui/**" only. */
public final class DashboardRoutes {

    public static final String COUNTY = "/";
    public static final String KOMMUNER = "/ui/kommuner";
    public static final String KOMMUN = "/ui/kommuner/{kommun}";
    public static final String CSV = "/ui/statistik.csv";
    public static final String XLSX = "/ui/statistik.xlsx";

    private DashboardRoutes() {
    }
}
