package se.jamtland.gateway.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;
import java.util.Optional;

/**
 * What the gateway reads of the catalog: each insats's unit and documentation regime, and each unit's name and
 * public contact route. The rest of the catalog is eligibility-service's to give and is passed on untouched.
 */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = true)
public record CatalogRoutes(List<InsatsRoute> insatser, @Nullable List<UnitContact> units) {

    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record InsatsRoute(String id, String unit, Documentation documentation) {
    }

    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Documentation(String regime) {
    }

    /** A unit's public contact route, as the catalog gives it (channels; numbers and addresses yet to be set). */
    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(name = "UnitContact", description = "Verksamhetens namn och hur man kontaktar den direkt")
    public record UnitContact(String id, String name, Contact contact) {
    }

    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(name = "UnitContactRoute")
    public record Contact(List<String> channels, String text, @Nullable Boolean inference) {
    }

    public Optional<InsatsRoute> insats(String id) {
        return insatser.stream().filter(insats -> insats.id().equals(id)).findFirst();
    }

    public Optional<UnitContact> unit(String id) {
        return units == null ? Optional.empty() : units.stream().filter(unit -> unit.id().equals(id)).findFirst();
    }
}
