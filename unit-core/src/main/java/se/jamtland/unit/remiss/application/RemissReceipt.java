package se.jamtland.unit.remiss.application;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;

/**
 * What the referring kommun learns of its remiss: the status only, never the person (issue 12). The answer to
 * the remiss itself is this with status RECEIVED. Parts without a value are left out, never sent as null (so the
 * document marks none of its own schema nullable: OpenAPI 3.0 has no nullable reference).
 */
@Serdeable
public record RemissReceipt(String id, String insats, RemissStatus status, LocalDate receivedOn,
                            @Nullable LocalDate decidedOn,
                            @Nullable @Schema(nullable = false, requiredMode = Schema.RequiredMode.NOT_REQUIRED) DeclineReason declineReason) {
}
