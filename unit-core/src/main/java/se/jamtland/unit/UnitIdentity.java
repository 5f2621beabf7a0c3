package se.jamtland.unit;

import io.micronaut.context.annotation.Property;
import jakarta.inject.Singleton;

/** Which länsverksamhet this service is: cmv, minimaria, familjeradgivning or barnahus (domain.md). */
@Singleton
public class UnitIdentity {

    private final String id;

    public UnitIdentity(@Property(name = "unit.id") String id) {
        if (id == null || !id.matches("cmv|minimaria|familjeradgivning|barnahus")) {
            throw new IllegalStateException("unit.id must be one of cmv, minimaria, familjeradgivning, barnahus");
        }
        this.id = id;
    }

    public String id() {
        return id;
    }
}
