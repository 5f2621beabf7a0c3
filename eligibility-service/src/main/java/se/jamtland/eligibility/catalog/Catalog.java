package se.jamtland.eligibility.catalog;

import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One dated version of the Bilaga: every insats, the guardian consent rule and the target group principle; and each
 * unit's public contact route ({@code units}, issue 12).
 */
@Serdeable
public record Catalog(
        String version,
        LocalDate validFrom,
        String title,
        GuardianConsentRule guardianConsent,
        String targetGroupNote,
        List<Insats> insatser,
        List<UnitContact> units) {

    public Catalog {
        insatser = List.copyOf(insatser);
        units = List.copyOf(units);
    }

    public Optional<Insats> insats(String id) {
        return insatser.stream().filter(insats -> insats.id().equals(id)).findFirst();
    }
}
