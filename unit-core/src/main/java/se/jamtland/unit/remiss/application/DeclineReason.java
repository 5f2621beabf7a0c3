package se.jamtland.unit.remiss.application;

/**
 * Why a unit declined a remiss: a fixed list (issue 12), so the kommun's case system can act on the code and no
 * free text with identity travels back. The Swedish label is what staff and the socialsekreterare read.
 */
public enum DeclineReason {
    PERSON_DECLINED("Personen tackade nej till insatsen"),
    NOT_REACHED("Enheten har inte fått kontakt med personen"),
    VILLKOR_NOT_MET("Villkoren för insatsen är inte uppfyllda"),
    ALREADY_OPEN_CASE("Personen har redan ett pågående ärende i insatsen"),
    OTHER_INSATS_BETTER("En annan insats passar personen bättre");

    private final String label;

    DeclineReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
