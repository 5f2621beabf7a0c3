package se.jamtland.unit.cases.model;

import java.time.LocalDate;

/** A journal note (INDIVIDUAL, 14 kap. 3 § SoL) or a working note without identity (DEIDENTIFIED, 5 §). */
public record Note(Long id, LocalDate date, String text) {

    @Override
    public String toString() {
        return "Note[" + id + "]";
    }
}
