package se.jamtland.unit.advisory.ui;

import jakarta.inject.Singleton;
import se.jamtland.events.DocumentationRegime;
import se.jamtland.unit.eligibility.CatalogInsats;
import se.jamtland.unit.eligibility.Eligibility;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * This unit's insatser from the catalog in force today, read as the API's {@code GET /insatser} reads them: the
 * ADVISORY ones for the contact form, and every insats's name for the pages that show an insats by its id. Kept
 * for a minute, so 20 staff at their start pages do not each ask eligibility-service (issue 13, speed); what a
 * contact is decided by is still the catalog the use case reads when it is registered.
 */
@Singleton
public class InsatserToday {

    private static final Duration FRESH = Duration.ofMinutes(1);

    private final Eligibility eligibility;
    private final Clock clock;
    private volatile Read last;

    public InsatserToday(Eligibility eligibility, Clock clock) {
        this.eligibility = eligibility;
        this.clock = clock;
    }

    /** The unit's ADVISORY insatser (14 kap. 4 § SoL), in the catalog's order; a 503 problem if it cannot answer. */
    public List<AdvisoryInsats> ofThisUnit() {
        return all().stream().filter(insats -> insats.regime() == DocumentationRegime.ADVISORY)
                .map(AdvisoryInsats::of).toList();
    }

    /** Every insats of the unit by id, with its name. */
    public Map<String, String> namesOfThisUnit() {
        return all().stream().collect(Collectors.toMap(CatalogInsats::id, CatalogInsats::name, (a, b) -> a));
    }

    private List<CatalogInsats> all() {
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        Read read = last;
        if (read == null || !read.day().equals(today) || now.isAfter(read.at().plus(FRESH))) {
            read = new Read(today, now, eligibility.insatserOfThisUnit(today, "date"));
            last = read;
        }
        return read.insatser();
    }

    /** The catalog's insatser of this unit as read for a day, and when. */
    private record Read(LocalDate day, Instant at, List<CatalogInsats> insatser) {
    }
}
