package se.jamtland.gateway.catalog;

import io.micronaut.http.MediaType;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import se.jamtland.access.ServiceTokens;
import se.jamtland.runtime.trace.TraceContext;
import se.jamtland.gateway.upstream.Forwarding;
import se.jamtland.gateway.upstream.UpstreamAnswer;
import se.jamtland.gateway.upstream.UpstreamCall;
import se.jamtland.gateway.upstream.UpstreamUnavailable;
import se.jamtland.gateway.upstream.Upstreams;

import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * eligibility-service as the gateway calls it: as itself (client {@code gateway}, role SUITE_SERVICE, a budget
 * of its own there), never with a case system's token, which would tell eligibility-service which kommun asks
 * about which insats and age (the same reasoning as {@link ServiceTokens}'s for the units).
 */
@Singleton
public class Eligibility {

    private final Forwarding forwarding;
    private final Upstreams.Upstream upstream;
    private final ServiceTokens tokens;
    private final JsonMapper json;

    public Eligibility(Forwarding forwarding, Upstreams upstreams, ServiceTokens tokens, JsonMapper json) {
        this.forwarding = forwarding;
        this.upstream = upstreams.required(Upstreams.ELIGIBILITY);
        this.tokens = tokens;
        this.json = json;
    }

    /** The catalog in force today, as far as routing a remiss needs it. */
    public CatalogRoutes routes(TraceContext trace) {
        UpstreamAnswer answer = forwarding.send(upstream, UpstreamCall.get("/api/v1/remisser", "/catalog", headers()),
                trace);
        if (answer.status() != 200) {
            throw new UpstreamUnavailable(upstream.name(), UpstreamUnavailable.Why.UNREACHABLE, 1);
        }
        try {
            return json.readValue(answer.body(), CatalogRoutes.class);
        } catch (IOException e) {
            throw new UpstreamUnavailable(upstream.name(), UpstreamUnavailable.Why.UNREACHABLE, 1);
        }
    }

    public UpstreamAnswer catalog(LocalDate onDate, TraceContext trace) {
        String path = onDate == null ? "/catalog" : "/catalog?onDate=" + onDate;
        return forwarding.send(upstream, UpstreamCall.get("/api/v1/catalog", path, headers()), trace);
    }

    public UpstreamAnswer check(byte[] question, TraceContext trace) {
        Map<String, String> headers = headers();
        headers.put("Content-Type", MediaType.APPLICATION_JSON);
        return forwarding.send(upstream, UpstreamCall.post("/api/v1/eligibility-checks", "/eligibility-checks",
                headers, question), trace);
    }

    private Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        tokens.current().ifPresent(token -> headers.put("Authorization", "Bearer " + token));
        return headers;
    }
}
