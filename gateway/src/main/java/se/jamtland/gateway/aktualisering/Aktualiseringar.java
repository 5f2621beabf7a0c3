package se.jamtland.gateway.aktualisering;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;
import java.util.Map;

/**
 * Every unit's new aktualiseringar for the caller's kommun, merged, each as its unit gave it; and the units that
 * could not answer, whose aktualiseringar stay undelivered there for the next call.
 */
@Serdeable
// Both lists always, empty too: "no unit unreachable" is an answer a case system reads.
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "Aktualiseringar")
public record Aktualiseringar(
        @Schema(description = "Aktualiseringarna, som verksamheten gav dem") List<Map<String, Object>> aktualiseringar,
        @Schema(description = "Verksamheter (id) som inte kunde svara; deras aktualiseringar hämtas vid ett senare "
                + "anrop") List<String> unreachableUnits) {
}
