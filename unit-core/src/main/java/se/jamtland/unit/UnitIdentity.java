package se.jamtland.unit;

import io.micronaut.context.annotation.Property;
import jakarta.inject.Singleton;
import se.jamtland.events.Unit;

/** Which länsverksamhet this service is: one of activity-events' {@link Unit}s (domain.md). */
@Singleton
public class UnitIdentity {

    private final String id;

    public UnitIdentity(@Property(name = "unit.id") String id) {
        if (id == null || Unit.byId(id).isEmpty()) {
            throw new IllegalStateException("unit.id must be one of " + String.join(", ", Unit.ids()));
        }
        this.id = id;
    }

    public String id() {
        return id;
    }
}
