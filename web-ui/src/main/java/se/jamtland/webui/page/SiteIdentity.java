package se.jamtland.webui.page;

import io.micronaut.security.authentication.Authentication;

import java.util.List;

/**
 * What the layout says about the service whose pages these are: its name in the header and title, and the
 * menu a person with the given login sees. Each service with pages provides one bean.
 */
public interface SiteIdentity {

    /** e.g. "Centrum mot våld", as a Swedish user reads it. */
    String name();

    List<NavLink> navigation(Authentication authentication);

    /** A menu entry: the path of one of this service's pages and its Swedish label. */
    record NavLink(String path, String label) {
    }
}
