package se.jamtland.unit.advisory.ui;

import se.jamtland.events.Channel;
import se.jamtland.events.DocumentationRegime;
import se.jamtland.unit.eligibility.CatalogInsats;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An ADVISORY insats of this unit as the contact form offers it, from the catalog in force: its channels, and
 * whether a villkor needs the age or the legal gender (2.9 Gruppverksamhet: 18 år, kvinna i juridisk mening).
 * The villkor's own words are shown as information, never asked as a question.
 */
public record AdvisoryInsats(String id, String name, String section, Set<Channel> channels, List<String> villkor,
                             boolean asksAge, boolean asksLegalGender) {

    /** The unit's ADVISORY insatser (14 kap. 4 § SoL) among its catalog insatser, in the catalog's order. */
    public static List<AdvisoryInsats> advisoryOf(List<CatalogInsats> insatser) {
        return insatser.stream().filter(insats -> insats.regime() == DocumentationRegime.ADVISORY)
                .map(AdvisoryInsats::of).toList();
    }

    static AdvisoryInsats of(CatalogInsats insats) {
        List<Map<String, Object>> conditions = insats.conditions() == null ? List.of() : insats.conditions();
        return new AdvisoryInsats(insats.id(), insats.name(), insats.section(), insats.allowedChannels(),
                conditions.stream().map(condition -> condition.get("description")).filter(Objects::nonNull)
                        .map(String::valueOf).toList(),
                conditions.stream().anyMatch(condition -> "MIN_AGE".equals(condition.get("condition"))),
                conditions.stream().anyMatch(condition -> "LEGAL_GENDER".equals(condition.get("condition"))));
    }

    static Optional<AdvisoryInsats> byId(List<AdvisoryInsats> offered, String id) {
        return id == null ? Optional.empty() : offered.stream().filter(insats -> insats.id().equals(id)).findFirst();
    }
}
