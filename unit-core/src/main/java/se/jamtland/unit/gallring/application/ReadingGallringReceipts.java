package se.jamtland.unit.gallring.application;

import io.micronaut.data.model.Pageable;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import se.jamtland.unit.gallring.infrastructure.GallringRuns;
import se.jamtland.unit.web.PageView;

/** The gallringsprotokoll, newest run first. */
@Singleton
public class ReadingGallringReceipts {

    private final GallringRuns runs;

    public ReadingGallringReceipts(GallringRuns runs) {
        this.runs = runs;
    }

    @ReadOnly
    public PageView<GallringReceiptView> list(Pageable page) {
        long total = runs.receiptCount();
        return new PageView<>(runs.receipts(page.getNumber(), page.getSize()).stream()
                .map(GallringReceiptView::of).toList(), page.getNumber(), page.getSize(), total,
                (int) ((total + page.getSize() - 1) / page.getSize()));
    }
}
