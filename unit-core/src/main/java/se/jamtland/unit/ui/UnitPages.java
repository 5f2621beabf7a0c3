package se.jamtland.unit.ui;

import io.micronaut.security.authentication.Authentication;
import se.jamtland.webui.page.SiteIdentity.NavLink;

import java.util.List;

/**
 * A unit module's own pages in the menu (cmv: group cycles; Barnahus: krissamtal), after the pages every unit
 * shares. One bean per unit module that has pages of its own.
 */
public interface UnitPages {

    List<NavLink> navigation(Authentication authentication);
}
