package se.jamtland.unit.visitor;

import java.util.Arrays;

/**
 * A visitor's keyed hash for one insats: who came before, without who they are. It is still pseudonymous
 * personal data (EDPB Guidelines 01/2025 on Pseudonymisation: pseudonymised data remain personal data, Art. 4(5)
 * GDPR), so it stays in the unit's database and is never logged or sent; {@link #toString} says nothing of it.
 */
public record VisitorPseudonym(String insats, byte[] hash) {

    public VisitorPseudonym {
        hash = hash.clone();
    }

    @Override
    public byte[] hash() {
        return hash.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof VisitorPseudonym that && insats.equals(that.insats) && Arrays.equals(hash, that.hash);
    }

    @Override
    public int hashCode() {
        return 31 * insats.hashCode() + Arrays.hashCode(hash);
    }

    @Override
    public String toString() {
        return "VisitorPseudonym[" + insats + "]";
    }
}
