package se.jamtland.unit.cases.ui;

import se.jamtland.events.DocumentationRegime;
import se.jamtland.unit.eligibility.CatalogInsats;

/**
 * An insats a case can be opened for, as the intake page shows it: its name and section, its target group as
 * information (Bilaga 1, avsnitt 1: the target group is the person's own sense of belonging to it and never a
 * ground for refusal, so it is never asked), and how it is documented.
 *
 * @param individual whether the record takes identity (14 kap. 3 § SoL); otherwise it takes none at all (5 §)
 * @param asksLegalGender whether a villkor of the insats is a legal gender: only then is it asked for
 */
public record InsatsChoice(String id, String section, String name, String targetGroup, String documentation,
                           boolean individual, boolean asksLegalGender) {

    /** The insatser with a case of their own; an ADVISORY one is registered as a contact (14 kap. 4 § SoL). */
    static boolean takesACase(CatalogInsats insats) {
        return insats.regime() == DocumentationRegime.DEIDENTIFIED || insats.regime() == DocumentationRegime.INDIVIDUAL;
    }

    static InsatsChoice of(CatalogInsats insats) {
        boolean individual = insats.regime() == DocumentationRegime.INDIVIDUAL;
        String documentation = (individual
                ? "Dokumenteras på individnivå, med personens identitet ("
                : "Dokumenteras utan uppgifter som kan röja personens identitet (")
                + insats.documentation().legalReference() + ").";
        return new InsatsChoice(insats.id(), insats.section(), insats.name(), insats.targetGroup(), documentation,
                individual, insats.hasVillkor("LEGAL_GENDER"));
    }
}
