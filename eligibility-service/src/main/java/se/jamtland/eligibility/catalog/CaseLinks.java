package se.jamtland.eligibility.catalog;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/**
 * The insatser of the same unit whose case a case of this insats may name: Partnerkontakt is for the partner of
 * someone "som sökt insatsen samtal om våld samt samtal om våld IVIN" (2.6). Without this a case links to none.
 */
@Serdeable
@Schema(description = "Vilka ärenden ett ärende i insatsen får kopplas till. Saknas fältet kopplas det till inget.")
public record CaseLinks(
        @Schema(description = "Insatser i samma verksamhet, i samma katalog.") List<String> mayLinkTo,
        @Schema(description = "Bilagans ord.") String basis,
        @Schema(description = "Var i Bilagan.") String reference) {
}
