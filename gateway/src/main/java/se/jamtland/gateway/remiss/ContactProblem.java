package se.jamtland.gateway.remiss;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import se.jamtland.gateway.catalog.CatalogRoutes;

/**
 * The 422 for a remiss to an insats without documented identity: an RFC 9457 problem with one extension member,
 * {@code unit}, the unit's name and public contact route from the catalog, so the case system can show the
 * socialsekreterare where to send the person instead.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@Schema(name = "ContactProblem", description = "Ett problem (RFC 9457) med verksamhetens kontaktväg")
public record ContactProblem(String type, String title, int status, String detail, String instance,
                             @Schema(description = "Verksamheten och dess kontaktväg; saknas när katalogen inte har "
                                     + "någon") CatalogRoutes.UnitContact unit) {
}
