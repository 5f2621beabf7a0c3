package se.jamtland.cmv.ui;

import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import se.jamtland.unit.ui.UnitPages;
import se.jamtland.webui.page.SiteIdentity.NavLink;

import java.util.List;

/** Centrum mot våld's own pages in the menu, after those every unit has: Gruppverksamhet and Partnerkontakt. */
@Singleton
public class CmvPages implements UnitPages {

    @Override
    public List<NavLink> navigation(Authentication authentication) {
        return List.of(new NavLink(CmvRoutes.GROUPS, "Grupper"),
                new NavLink(CmvRoutes.PARTNERKONTAKT, "Partnerkontakt"));
    }
}
