package se.jamtland.cmv.ui;

/** The paths of Centrum mot våld's own pages (issue 13), beside unit-core's {@code UiRoutes}. */
public final class CmvRoutes {

    public static final String GROUPS = "/ui/grupper";
    /** One group cycle: /ui/grupper/{id}. */
    public static final String GROUP = "/ui/grupper/{id}";
    public static final String GROUP_SESSIONS = "/ui/grupper/{id}/tillfallen";
    public static final String PARTNERKONTAKT = "/ui/partnerkontakt";

    private CmvRoutes() {
    }

    public static String group(long id) {
        return "/ui/grupper/" + id;
    }

    public static String groupSessions(long id) {
        return group(id) + "/tillfallen";
    }
}
