package se.jamtland.statistics.dashboard.infrastructure;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The catalog in force, as eligibility-service publishes it (its public {@code GET /catalog}): the catalog is the one
 * source of insatser, and statistics-service holds none. The dashboard names each insats by the catalog's words and
 * states the catalog's version under every table (issue 14). Read once and kept for ten minutes; when
 * eligibility-service cannot be reached the dashboard still answers, with the insatser's ids and the version
 * stated as unknown, and asks again a minute later.
 */
@Singleton
public class CatalogNames {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogNames.class);
    private static final Duration KEPT = Duration.ofMinutes(10);
    private static final Duration RETRY = Duration.ofMinutes(1);

    private final HttpClient eligibility;
    private final Clock clock;
    private volatile Catalog held = Catalog.UNKNOWN;
    private volatile Instant next = Instant.MIN;

    public CatalogNames(@Client(id = "eligibility") HttpClient eligibility, Clock clock) {
        this.eligibility = eligibility;
        this.clock = clock;
    }

    public Catalog current() {
        Instant now = clock.instant();
        if (now.isBefore(next)) {
            return held;
        }
        synchronized (this) {
            if (now.isBefore(next)) {
                return held;
            }
            try {
                CatalogDocument document = eligibility.toBlocking()
                        .retrieve(HttpRequest.GET("/catalog"), CatalogDocument.class);
                Map<String, String> names = new LinkedHashMap<>();
                document.insatser().forEach(insats -> names.put(insats.id(), insats.name()));
                held = new Catalog(document.version(), Map.copyOf(names), List.copyOf(names.keySet()));
                next = now.plus(KEPT);
            } catch (RuntimeException e) {
                LOG.warn("the catalog could not be read from eligibility-service ({})", e.getClass().getSimpleName());
                next = now.plus(RETRY);
            }
            return held;
        }
    }

    /**
     * @param version the catalog's version, null when it could not be read
     * @param names   the insatser's names by id
     * @param ids     the insatser in the catalog's order
     */
    public record Catalog(@Nullable String version, Map<String, String> names, List<String> ids) {
        static final Catalog UNKNOWN = new Catalog(null, Map.of(), List.of());
    }

    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = true)
    record CatalogDocument(String version, List<CatalogInsats> insatser) {
    }

    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = true)
    record CatalogInsats(String id, String unit, String name) {
    }
}
