package se.jamtland.unit.gallring.model;

import java.util.Set;

/**
 * Records kept for research: SoF (2001:937) 7 kap. 2 § keeps those of people born on the 5th, 15th and 25th of a
 * month. Only a record with a personal identity number has a birth day; a de-identified or advisory record has
 * none, so the sample applies to individual-level records only.
 */
public record ResearchSample(Set<Integer> birthDays, String reference) {

    public ResearchSample {
        birthDays = Set.copyOf(birthDays);
    }

    public boolean includesBirthDay(int dayOfMonth) {
        return birthDays.contains(dayOfMonth);
    }
}
