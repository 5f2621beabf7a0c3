package se.jamtland.unit.identity;

import java.util.Objects;

/**
 * One kind of identifying data found in one field. It deliberately holds no part of the inspected text: a
 * finding ends up in a 422 answer and in logs, and echoing the value there would itself document what
 * 14 kap. 4 § and 5 § SoL forbid documenting. {@code field} must be a name from code, never request data.
 */
public record IdentityFinding(String field, IdentityKind kind) {

    public IdentityFinding {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(kind, "kind");
    }
}
