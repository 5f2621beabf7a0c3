package se.jamtland.unit;

import io.micronaut.context.annotation.Property;
import jakarta.inject.Singleton;
import se.jamtland.events.Unit;

import java.util.UUID;

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

    /**
     * A new id for a record a case system refers to (a remiss, an aktualisering; issue 12): the unit's id, then a
     * random UUID (version 4), so the gateway routes by the prefix and the id tells nothing of the person.
     */
    public String newRecordId() {
        return id + "-" + UUID.randomUUID();
    }
}
