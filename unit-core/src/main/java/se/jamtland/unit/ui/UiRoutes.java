package se.jamtland.unit.ui;

/**
 * The paths of the staff's pages every unit shares (issue 13). Swedish, because a person reads and bookmarks
 * them; the JSON API keeps its English paths.
 */
public final class UiRoutes {

    public static final String START = "/";
    public static final String NEW_CONTACT = "/ui/kontakter/ny";
    public static final String NEW_CASE = "/ui/arenden/nytt";
    /** One case: /ui/arenden/{caseCode}. */
    public static final String CASE = "/ui/arenden/{caseCode}";
    public static final String REMISSER = "/ui/remisser";
    public static final String REMISS = "/ui/remisser/{id}";
    public static final String ACCESS_LOG = "/ui/logg";

    private UiRoutes() {
    }

    public static String casePage(String caseCode) {
        return "/ui/arenden/" + caseCode;
    }
}
