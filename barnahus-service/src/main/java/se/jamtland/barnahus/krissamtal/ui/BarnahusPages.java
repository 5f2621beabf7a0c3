package se.jamtland.barnahus.krissamtal.ui;

import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import se.jamtland.unit.ui.UnitPages;
import se.jamtland.webui.page.SiteIdentity.NavLink;

import java.util.List;

/** Barnahus's own page in the menu, after those every unit has: krissamtal at the barnförhör (5.1). */
@Singleton
public class BarnahusPages implements UnitPages {

    @Override
    public List<NavLink> navigation(Authentication authentication) {
        return List.of(new NavLink(KrissamtalPagesController.NEW_KRISSAMTAL, "Registrera krissamtal"));
    }
}
