package se.jamtland.unit.cases.model;

/**
 * A guardian named on an INDIVIDUAL record because their consent was needed. {@code identityNumber} and
 * {@code phone} may be null.
 */
public record CaseGuardian(String name, String identityNumber, String phone) {

    @Override
    public String toString() {
        return "CaseGuardian[****]";
    }
}
