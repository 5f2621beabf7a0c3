package se.jamtland.unit.cases.infrastructure;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A guardian of a child under 15 on an INDIVIDUAL case, recorded because their consent is needed. */
@MappedEntity("case_guardian")
public record GuardianRow(@Id @GeneratedValue @Nullable Long id, String caseCode, String name,
                          @Nullable String identityNumber, @Nullable String phone) {

    @Override
    public String toString() {
        return "GuardianRow[caseCode=" + caseCode + "]";
    }
}
