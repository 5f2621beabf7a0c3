package se.jamtland.unit.remiss.infrastructure;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A guardian named in a remiss: their consent is needed for a child under 15 once the case is opened. */
@MappedEntity("remiss_guardian")
public record RemissGuardianRow(@Id @GeneratedValue @Nullable Long id, String remissId, String name,
                                @Nullable String identityNumber, @Nullable String phone) {

    @Override
    public String toString() {
        return "RemissGuardianRow[remissId=" + remissId + "]";
    }
}
