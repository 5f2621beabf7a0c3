package se.jamtland.gateway.aktualisering;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
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
        @ArraySchema(arraySchema = @Schema(description = "Aktualiseringarna, som verksamheten gav dem"),
                schema = @Schema(implementation = Aktualisering.class)) List<Map<String, Object>> aktualiseringar,
        @Schema(description = "Verksamheter (id) som inte kunde svara; deras aktualiseringar hämtas vid ett senare "
                + "anrop") List<String> unreachableUnits) {

    /** One aktualisering as a unit gives it (unit-core's AktualiseringView), for the document only. */
    @Schema(name = "Aktualisering", description = "En aktualisering: personen har samtyckt till att kommunen kontaktas")
    record Aktualisering(
            @Schema(description = "Id, med verksamheten först") String id,
            @Schema(description = "Insatsen vars villkor inte var uppfyllda") String insats,
            @Schema(description = "Kommunens kod") String kommun,
            @Schema(description = "Kommunens namn") String kommunName,
            @Schema(format = "date") String registeredOn,
            @Schema(description = "Villkoren som inte var uppfyllda") List<String> unmetConditions,
            Person person,
            @Schema(format = "date") String consentRecordedOn,
            @Schema(description = "Meddelande till kommunen") String message,
            @Schema(description = "Levererad till kommunen: med det här svaret") boolean delivered,
            @Schema(format = "date-time") String deliveredAt) {
    }

    @Schema(name = "AktualiseringPerson", description = "Det minsta kommunen behöver för att nå personen")
    record Person(@Schema(description = "Bara när personen har lämnat det") String identityNumber,
                  String givenName, String familyName, String phone) {
    }
}
