package se.jamtland.webui.page;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.utils.SecurityService;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.model.ViewModelProcessor;
import jakarta.inject.Singleton;
import se.jamtland.access.Roles;
import se.jamtland.webui.session.StaffSessions;

import java.util.List;
import java.util.Map;

/**
 * What every page's layout needs, added to each page's model: the site, the person logged in (their staff id and
 * role in Swedish), the menu, the session's CSRF token for the forms, and a confirmation of the last write, shown
 * once. Pages name their own data; these names are reserved: {@code site}, {@code login}, {@code csrf},
 * {@code confirmation}, {@code path}.
 */
@Singleton
public class PageModel implements ViewModelProcessor<Map<String, Object>> {

    private final SiteIdentity site;
    private final StaffSessions sessions;
    private final SecurityService security;

    public PageModel(SiteIdentity site, StaffSessions sessions, SecurityService security) {
        this.site = site;
        this.sessions = sessions;
        this.security = security;
    }

    @Override
    public void process(HttpRequest<?> request, ModelAndView<Map<String, Object>> modelAndView) {
        Map<String, Object> model = new java.util.HashMap<>(modelAndView.getModel().orElse(Map.of()));
        Authentication authentication = security.getAuthentication().orElse(null);
        model.put("site", new Site(site.name(),
                authentication == null ? List.of() : site.navigation(authentication)));
        model.put("path", request.getPath());
        if (authentication != null) {
            model.put("login", new Login(authentication.getName(), roleLabel(authentication)));
        }
        sessions.find(request).ifPresent(session -> {
            model.put("csrf", session.csrfToken());
            String confirmation = session.takeConfirmation();
            if (confirmation != null) {
                model.put("confirmation", confirmation);
            }
        });
        modelAndView.setModel(model);
    }

    static String roleLabel(Authentication authentication) {
        if (authentication.getRoles().contains(Roles.UNIT_MANAGER)) {
            return "Enhetschef";
        }
        if (authentication.getRoles().contains(Roles.COUNTY_STATISTICS)) {
            return "Länets statistiker";
        }
        return "Medarbetare";
    }

    public record Site(String name, List<SiteIdentity.NavLink> navigation) {
    }

    public record Login(String staffId, @Nullable String role) {
    }

    /** For a write that went through: the next page the person sees says so, once. */
    public void confirm(HttpRequest<?> request, String message) {
        sessions.find(request).ifPresent(session -> session.confirm(message));
    }
}
