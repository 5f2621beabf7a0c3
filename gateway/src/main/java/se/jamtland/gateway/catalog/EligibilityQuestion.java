package se.jamtland.gateway.catalog;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The shape of a villkor question, for the document only: the gateway passes the bytes on, and eligibility-service
 * reads and checks them (its {@code EligibilityCheckCommand}); an answer it refuses comes back as it is.
 */
@Schema(name = "EligibilityQuestion", description = "En fråga om en insats: bara det ett villkor kan behöva, aldrig "
        + "namn eller personnummer.", requiredProperties = "insats")
public record EligibilityQuestion(
        @Schema(description = "Insatsens id", example = "minimaria-a-cra", maxLength = 100) String insats,
        @Schema(description = "Ålder i år", example = "16", minimum = "0", maximum = "130") Integer age,
        @Schema(description = "Juridiskt kön, där villkoret kräver det", allowableValues = {"FEMALE", "MALE"})
        String legalGender,
        @Schema(description = "Dagen frågan gäller, standard idag", format = "date", example = "2025-09-15")
        String onDate) {
}
