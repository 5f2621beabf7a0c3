package se.jamtland.unit.cases;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** The person of an INDIVIDUAL case; a database trigger refuses a row for any other regime. */
@MappedEntity("case_person")
public record PersonRow(@Id String caseCode, String identityNumber, String givenName, String familyName,
                        @Nullable String phone, @Nullable String email, @Nullable String address) {

    @Override
    public String toString() {
        return "PersonRow[caseCode=" + caseCode + "]";
    }
}
