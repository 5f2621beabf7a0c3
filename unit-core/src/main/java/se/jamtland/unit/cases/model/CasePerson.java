package se.jamtland.unit.cases.model;

import se.jamtland.unit.identity.PersonalIdentityNumber;

/**
 * Who an INDIVIDUAL record is about (14 kap. 3 § SoL). Never leaves the unit, never logged: its text form hides
 * every field. {@code phone}, {@code email} and {@code address} may be null.
 */
public record CasePerson(PersonalIdentityNumber identityNumber, String givenName, String familyName, String phone,
                         String email, String address) {

    @Override
    public String toString() {
        return "CasePerson[****]";
    }
}
