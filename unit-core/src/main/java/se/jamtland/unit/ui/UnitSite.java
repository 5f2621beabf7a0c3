package se.jamtland.unit.ui;

import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import se.jamtland.access.Roles;
import se.jamtland.access.StaffMember;
import se.jamtland.events.Unit;
import se.jamtland.unit.UnitIdentity;
import se.jamtland.webui.page.SiteIdentity;

import java.util.ArrayList;
import java.util.List;

/**
 * The unit's pages as its staff see them: the unit's Swedish name, the menu of the everyday tasks every unit
 * shares, then the unit module's own pages, and for the unit manager the follow-up of the access log.
 */
@Singleton
public class UnitSite implements SiteIdentity {

    private final String unit;
    private final String name;
    private final List<UnitPages> own;

    public UnitSite(UnitIdentity unit, List<UnitPages> own) {
        this.unit = unit.id();
        this.name = Unit.byId(unit.id()).map(Unit::swedishName).orElseThrow();
        this.own = own;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<NavLink> navigation(Authentication authentication) {
        if (!StaffMember.unitOf(authentication).map(unit::equals).orElse(false)) {
            return List.of(); // another unit's login is shown nothing of this one, not even its menu
        }
        List<NavLink> links = new ArrayList<>();
        links.add(new NavLink(UiRoutes.START, "Startsida"));
        links.add(new NavLink(UiRoutes.NEW_CONTACT, "Registrera kontakt"));
        links.add(new NavLink(UiRoutes.NEW_CASE, "Öppna ärende"));
        links.add(new NavLink(UiRoutes.REMISSER, "Remisser"));
        own.forEach(pages -> links.addAll(pages.navigation(authentication)));
        if (authentication.getRoles().contains(Roles.UNIT_MANAGER)) {
            links.add(new NavLink(UiRoutes.ACCESS_LOG, "Uppföljning av loggen"));
        }
        return links;
    }
}
