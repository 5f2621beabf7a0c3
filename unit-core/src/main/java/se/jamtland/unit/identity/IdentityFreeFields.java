package se.jamtland.unit.identity;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.jamtland.unit.policy.Refusal;
import se.jamtland.unit.eligibility.CatalogInsats;
import se.jamtland.unit.eligibility.CatalogView;
import se.jamtland.unit.eligibility.EligibilityClient;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Refuses text that could reveal who someone is, where the regime forbids it (14 kap. 4 § and 5 § SoL): working
 * notes on DEIDENTIFIED cases, the code fields of cases and advisory contacts, the access log's purpose. The
 * answer names the field, the kind of data and where in the text it is, never the data.
 *
 * <p>The catalog's words ("Cannabisprogrammet", "Centrum mot våld") are no names; they are read from
 * eligibility-service's catalog once an hour. Notes are written while eligibility-service is down too (WritingNote),
 * so a failed read is tried again after a minute and the guard meanwhile knows the kommun and unit names and
 * the common terms only: at worst a note naming an insats mid-sentence is refused, never a name let through.
 */
@Singleton
public class IdentityFreeFields {

    private static final Logger LOG = LoggerFactory.getLogger(IdentityFreeFields.class);
    private static final Duration FRESH = Duration.ofHours(1);
    private static final Duration RETRY = Duration.ofMinutes(1);

    private final EligibilityClient eligibility;
    private final Clock clock;
    private volatile IdentityGuard guard;
    private volatile Instant loadedAt = Instant.MIN;
    private volatile Instant triedAt = Instant.MIN;

    public IdentityFreeFields(EligibilityClient eligibility, Clock clock) {
        this.eligibility = eligibility;
        this.clock = clock;
        this.guard = new IdentityGuard(List.of(), clock);
    }

    /** The refusal of the fields, when any of them carries what could reveal who someone is. */
    public Optional<Refusal> refusalOf(Map<String, String> fields) {
        List<MarkedFinding> findings = currentGuard().mark(fields);
        if (findings.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Refusal.ruleNotMet("identity-data-not-allowed", "Uppgifter som kan röja identitet",
                "Insatsen dokumenteras utan uppgifter som kan röja den enskildes identitet (14 kap. 4 § och "
                        + "5 § socialtjänstlagen). Skriv om de markerade delarna och försök igen. Inget har "
                        + "sparats.",
                findings.stream().map(IdentityFreeFields::fieldNote).toList()));
    }

    private static Refusal.FieldNote fieldNote(MarkedFinding marked) {
        IdentityKind kind = marked.finding().kind();
        int places = marked.ranges().size();
        return new Refusal.FieldNote(marked.finding().field(),
                "Innehåller " + kind.swedishDescription() + (places > 1 ? " (" + places + " ställen)" : "") + ". "
                        + kind.swedishSuggestion(),
                kind.name(), marked.ranges());
    }

    private IdentityGuard currentGuard() {
        Instant now = clock.instant();
        if (now.isAfter(loadedAt.plus(FRESH)) && now.isAfter(triedAt.plus(RETRY))) {
            triedAt = now;
            try {
                CatalogView catalog = eligibility.catalog(null).body();
                if (catalog != null) {
                    guard = new IdentityGuard(catalogTexts(catalog), clock);
                    loadedAt = now;
                }
            } catch (RuntimeException unavailable) {
                // The exception's type is enough; its message could quote a URL.
                LOG.warn("catalog not read for the identity guard: {}", unavailable.getClass().getSimpleName());
            }
        }
        return guard;
    }

    private static List<String> catalogTexts(CatalogView catalog) {
        List<String> texts = new ArrayList<>();
        for (CatalogInsats insats : catalog.insatser()) {
            texts.add(insats.name());
            texts.add(insats.targetGroup());
            texts.add(insats.content());
            texts.add(insats.guardianConsentNote());
            if (insats.sessionPlan() != null) {
                texts.add(insats.sessionPlan().text());
            }
        }
        return texts;
    }
}
