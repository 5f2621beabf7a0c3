package se.jamtland.access;

/**
 * The roles the county's identity provider puts in a token's {@code roles} claim. Each names what a person or
 * system may do, never more: least privilege is what keeps a stolen token small.
 */
public final class Roles {

    /** Registers and reads the cases and contacts of the unit named in the token's {@code unit} claim. */
    public static final String STAFF = "STAFF";
    /** What STAFF may, and also follows up the unit's access log (log follow-up, 4 kap. OSL practice). */
    public static final String UNIT_MANAGER = "UNIT_MANAGER";
    /** The county statistician: de-identified statistics only, no unit data. */
    public static final String COUNTY_STATISTICS = "COUNTY_STATISTICS";
    /** A kommun's case system behind the gateway (token claim {@code kommun}); see {@link CaseSystemCaller}. */
    public static final String CASE_SYSTEM = "CASE_SYSTEM";
    /**
     * A service of the suite calling another one as itself (OAuth2 client credentials; the token's {@code unit}
     * names the unit it serves): eligibility-service gives it a budget of its own instead of the public
     * per-address one. Grants nothing else: no route of a unit service or of statistics-service accepts it.
     */
    public static final String SUITE_SERVICE = "SUITE_SERVICE";

    private Roles() {
    }
}
