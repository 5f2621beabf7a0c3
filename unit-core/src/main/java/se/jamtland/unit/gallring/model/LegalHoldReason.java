package se.jamtland.unit.gallring.model;

/**
 * Why a case is kept past its time: a fixed list, so no free text (and no identity) is written with a hold. The
 * label is what the unit manager reads.
 */
public enum LegalHoldReason {
    /** A request to see or have copies of the documents is being handled (2 kap. TF, 26 kap. OSL). */
    DOCUMENT_REQUEST("Begäran om att ta del av handlingar"),
    /** A complaint, an appeal or a claim about the unit's work with the person is being handled. */
    COMPLAINT("Klagomål eller överklagande"),
    /** IVO's supervision of the unit concerns the case (13 kap. SoL (2001:453)). */
    SUPERVISION("Tillsyn av IVO");

    private final String label;

    LegalHoldReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
