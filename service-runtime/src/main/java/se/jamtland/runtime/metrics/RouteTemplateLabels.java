package se.jamtland.runtime.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.config.MeterFilterReply;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.util.SupplierUtil;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Singleton;
import se.jamtland.runtime.RouteTemplate;

import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Keeps the HTTP server meters' {@code uri} label to the routes' templates (issue 16 §2). Micronaut's meters label
 * a request no route matched, refused with a status other than 401/404 (a 405, a 413 before routing), with the
 * path as sent, and a path may hold a case code or whatever a caller typed: such a value becomes
 * {@value RouteTemplate#UNMATCHED}, as in the log lines. Micronaut's own words for 404 and the like stay.
 * The HTTP client meters are left out: a low-level client's (the gateway's upstreams) carry the path it asked,
 * and micronaut-micrometer has no switch for the client side alone.
 */
@Singleton
@Requires(classes = MeterFilter.class)
public class RouteTemplateLabels implements MeterFilter {

    static final String SERVER_REQUESTS = "http.server.requests";
    static final String CLIENT_REQUESTS = "http.client.requests";
    private static final String URI = "uri";
    private static final Set<String> MICRONAUT_WORDS = Set.of("NOT_FOUND", "REDIRECTION", "UNAUTHORIZED",
            "BAD_REQUEST", "UNKNOWN", "root");

    private final Supplier<Set<String>> templates;

    public RouteTemplateLabels(BeanProvider<Router> router) {
        // The router is read at the first request's meter, not when the registry is built (it may not exist yet).
        this.templates = SupplierUtil.memoized(() -> router.get().uriRoutes()
                .map(UriRouteInfo::getUriMatchTemplate)
                .map(Object::toString)
                .collect(Collectors.toUnmodifiableSet()));
    }

    @Override
    public MeterFilterReply accept(Meter.Id id) {
        return id.getName().equals(CLIENT_REQUESTS) ? MeterFilterReply.DENY : MeterFilterReply.NEUTRAL;
    }

    @Override
    public Meter.Id map(Meter.Id id) {
        if (!id.getName().equals(SERVER_REQUESTS)) {
            return id;
        }
        String uri = id.getTag(URI);
        if (uri == null || MICRONAUT_WORDS.contains(uri) || templates.get().contains(uri)) {
            return id;
        }
        return id.replaceTags(id.getTags().stream()
                .map(tag -> tag.getKey().equals(URI) ? Tag.of(URI, RouteTemplate.UNMATCHED) : tag)
                .toList());
    }
}
