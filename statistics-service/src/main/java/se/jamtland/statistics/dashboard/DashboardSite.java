package se.jamtland.statistics.dashboard;

import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import se.jamtland.access.Roles;
import se.jamtland.statistics.dashboard.ui.DashboardRoutes;
import se.jamtland.webui.page.SiteIdentity;

import java.util.List;

/** The county dashboard's pages (issue 14) as the layout names them: the site and, for the statistician, its menu. */
@Singleton
public class DashboardSite implements SiteIdentity {

    @Override
    public String name() {
        return "Länets statistik";
    }

    @Override
    public List<NavLink> navigation(Authentication authentication) {
        if (!authentication.getRoles().contains(Roles.COUNTY_STATISTICS)) {
            return List.of();
        }
        return List.of(new NavLink(DashboardRoutes.COUNTY, "Hela länet"),
                new NavLink(DashboardRoutes.KOMMUNER, "Per kommun"));
    }
}
