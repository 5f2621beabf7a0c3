package se.jamtland.unit.remiss.application;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;

/**
 * What the referring kommun learns of its remiss: the status only, never the person (issue 12). The answer to
 * the remiss itself is this with status RECEIVED.
 */
@Serdeable
public record RemissReceipt(String id, String insats, RemissStatus status, LocalDate receivedOn,
                            @Nullable LocalDate decidedOn, @Nullable DeclineReason declineReason) {
}
