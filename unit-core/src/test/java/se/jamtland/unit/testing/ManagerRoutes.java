package se.jamtland.unit.testing;

/**
 * The routes only the unit manager may call: the access log's follow-up and gallring's receipts, preview and holds
 * (issue 15). The route contracts read it, so a token is chosen and a refusal expected the same way in both.
 */
final class ManagerRoutes {

    private ManagerRoutes() {
    }

    static boolean managerOnly(String template) {
        return template.startsWith("/audit") || template.startsWith("/gallring") || template.endsWith("/legal-hold");
    }
}
