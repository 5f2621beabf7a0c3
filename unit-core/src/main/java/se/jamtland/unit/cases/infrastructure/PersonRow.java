package se.jamtland.unit.cases.infrastructure;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * The person of an INDIVIDUAL case; a database trigger refuses a row for any other regime. {@code openInsats}
 * is the case's insats while it is open and null once closed: a unique key on it and the identity number keeps
 * one person to one open case of an insats (see CaseRecords.ONE_OPEN_CASE_PER_INSATS).
 */
@MappedEntity("case_person")
public record PersonRow(@Id String caseCode, String identityNumber, String givenName, String familyName,
                        @Nullable String phone, @Nullable String email, @Nullable String address,
                        @Nullable String openInsats) {

    @Override
    public String toString() {
        return "PersonRow[caseCode=" + caseCode + "]";
    }
}
