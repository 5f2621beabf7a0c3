package se.jamtland.gateway.remiss;

import se.jamtland.events.DocumentationRegime;
import se.jamtland.events.Unit;
import se.jamtland.gateway.catalog.CatalogRoutes;

import java.util.Optional;

/**
 * Where a remiss may go, by the catalog (issue 12, 2): only an insats documented as an INDIVIDUAL record (14 kap.
 * 3 § SoL) can hold a person's identity, so only such an insats takes a remiss, at the unit that gives it. An
 * ADVISORY (14 kap. 4 §) or DEIDENTIFIED (14 kap. 5 §) insats is given without a documented identity: the person
 * contacts the unit directly, and nothing of the remiss is forwarded or stored anywhere.
 */
public sealed interface RemissDestination {

    /** The unit that receives it. */
    record ToUnit(String unit) implements RemissDestination {
    }

    /** No such insats in the catalog in force. */
    record UnknownInsats() implements RemissDestination {
    }

    /** The insats takes no identity; {@code contact} is its unit's public contact route, if the catalog has it. */
    record WithoutDocumentedIdentity(String unit, Optional<CatalogRoutes.UnitContact> contact)
            implements RemissDestination {
    }

    static RemissDestination of(String insatsId, CatalogRoutes catalog) {
        Optional<CatalogRoutes.InsatsRoute> insats = catalog.insats(insatsId);
        if (insats.isEmpty() || Unit.byId(insats.get().unit()).isEmpty()) {
            return new UnknownInsats();
        }
        String unit = insats.get().unit();
        if (DocumentationRegime.INDIVIDUAL.name().equals(insats.get().documentation().regime())) {
            return new ToUnit(unit);
        }
        return new WithoutDocumentedIdentity(unit, catalog.unit(unit));
    }
}
