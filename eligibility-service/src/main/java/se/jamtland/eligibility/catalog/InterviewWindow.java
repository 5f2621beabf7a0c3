package se.jamtland.eligibility.catalog;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A krissamtal is held "i samband med att ett barn ska på barnförhör" (5.1): at most {@code latestDaysAfter}
 * days after the barnförhör. The number is the catalog's reading of those words, and its reference says so.
 */
@Serdeable
@Schema(description = "Krissamtal i samband med barnförhör (5.1).")
public record InterviewWindow(
        @Schema(description = "Ett krissamtal får registreras högst så många dagar efter barnförhöret.")
        int latestDaysAfter,
        @Schema(description = "Bilagans ord.") String basis,
        @Schema(description = "Var i Bilagan, med tolkningen.") String reference) {
}
