package se.jamtland.unit.ui;

import jakarta.inject.Singleton;
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
 * ADVISORY ones for the contact form (AdvisoryInsats.advisoryOf), every insats for the intake, aktualisering and
 * Partnerkontakt pages, and every insats's name for the pages that show an insats by its id. Kept for a minute,
 * so 20 staff at their pages do not each ask eligibility-service (issue 13, speed); what a contact or a case is
 * decided by is still the catalog the use case reads when it is registered.
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

    /** Every insats of the unit by id, with its name. */
    public Map<String, String> namesOfThisUnit() {
        return all().stream().collect(Collectors.toMap(CatalogInsats::id, CatalogInsats::name, (a, b) -> a));
    }

    /** Every insats of the unit in the catalog in force today, in the catalog's order; a 503 problem if unread. */
    public List<CatalogInsats> all() {
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
