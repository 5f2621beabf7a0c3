package se.jamtland.unit.gallring.application;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import se.jamtland.unit.gallring.infrastructure.GallringRuns;

import java.time.Instant;
import java.time.LocalDate;

/** One line of the gallringsprotokoll: a rule in a run, and how many records it deleted, a hold kept and the sample kept. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GallringReceiptView(long runId, LocalDate runOn, String ruleId, String rulesVersion, String recordClass,
                                  int deleted, int held, int keptForResearch, Instant runStartedAt,
                                  @Nullable Instant runFinishedAt) {

    static GallringReceiptView of(GallringRuns.Receipt receipt) {
        return new GallringReceiptView(receipt.runId(), receipt.runOn(), receipt.ruleId(), receipt.rulesVersion(),
                receipt.recordClass(), receipt.deleted(), receipt.held(), receipt.keptForResearch(),
                receipt.runStartedAt(), receipt.runFinishedAt());
    }
}
