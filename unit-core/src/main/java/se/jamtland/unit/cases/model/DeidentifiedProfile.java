package se.jamtland.unit.cases.model;

import se.jamtland.events.Vocabulary;

/**
 * The categories a case is counted by (domain.md, "Statistics vocabulary"): an age band, never the age; the
 * gender as the person states it; the kommun. Each is "unknown" when not given.
 */
public record DeidentifiedProfile(String ageBand, String gender, String kommun) {

    public static DeidentifiedProfile of(String ageBand, String gender, String kommun) {
        return new DeidentifiedProfile(Vocabulary.orUnknown(ageBand), Vocabulary.orUnknown(gender),
                Vocabulary.orUnknown(kommun));
    }
}
