package se.jamtland.unit.audit;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import se.jamtland.unit.web.PageView;
import se.jamtland.unit.web.Paging;
import se.jamtland.unit.web.Period;

import java.util.ArrayList;
import java.util.List;

/** The unit manager's log follow-up: the log of a period or a person, a random sample, and the chain check. */
@Singleton
public class AuditReview {

    private static final int BATCH = 1000;

    private final AuditRepository entries;
    private final AuditChainHeadRepository head;
    private final AuditCheckpointRepository checkpoints;

    public AuditReview(AuditRepository entries, AuditChainHeadRepository head, AuditCheckpointRepository checkpoints) {
        this.entries = entries;
        this.head = head;
        this.checkpoints = checkpoints;
    }

    @ReadOnly
    public PageView<AuditView> list(Period period, String staff, Integer page, Integer size) {
        return PageView.of(entries.list(period.start(), period.end(), staff, Paging.of(page, size)), AuditView::of);
    }

    @ReadOnly
    public List<AuditView> sample(Period period, int size) {
        return entries.sampleReads(period.start(), period.end(), size).stream().map(AuditView::of).toList();
    }

    /**
     * Walks the whole chain in one read-only transaction (one consistent snapshot) and stops at the first row
     * that is missing, does not point at the row before, or whose fields no longer match its hash. Where the
     * oldest rows were gallrade (issue 15), the walk starts at the last checkpoint, whose own chain is checked
     * first, and links the first remaining row to the checkpoint's hash.
     */
    @ReadOnly
    public ChainVerification verify() {
        String previous = AuditChain.GENESIS;
        String previousCheckpoint = AuditChain.GENESIS;
        long closedThrough = 0;
        List<ChainVerification.GallradSegment> gallrad = new ArrayList<>();
        for (AuditCheckpoint checkpoint : checkpoints.inOrder()) {
            if (!checkpoint.holds(previousCheckpoint)) {
                return ChainVerification.broken(0, checkpoint.throughSeq(), "Kontrollpunkten för rad "
                        + checkpoint.throughSeq() + " har ändrats efter att den skrevs.");
            }
            gallrad.add(new ChainVerification.GallradSegment(closedThrough + 1, checkpoint.throughSeq(),
                    checkpoint.ruleId(), checkpoint.rulesVersion()));
            previousCheckpoint = checkpoint.checkpointHash();
            previous = checkpoint.lastHash();
            closedThrough = checkpoint.throughSeq();
        }
        long expectedSeq = closedThrough + 1;
        List<AuditEntry> batch;
        while (!(batch = entries.after(expectedSeq - 1, BATCH)).isEmpty()) {
            for (AuditEntry entry : batch) {
                long checked = expectedSeq - 1 - closedThrough;
                if (entry.seq() != expectedSeq) {
                    return ChainVerification.broken(checked, expectedSeq,
                            "Rad " + expectedSeq + " saknas: den har tagits bort eller fått ett annat nummer.");
                }
                if (!entry.previousHash().equals(previous)) {
                    return ChainVerification.broken(checked, entry.seq(),
                            "Rad " + entry.seq() + " pekar inte på raden före: kedjan är bruten här.");
                }
                if (!AuditChain.expected(entry).equals(entry.hash())) {
                    return ChainVerification.broken(checked, entry.seq(),
                            "Rad " + entry.seq() + " har ändrats efter att den skrevs.");
                }
                previous = entry.hash();
                expectedSeq++;
            }
        }
        long last = expectedSeq - 1;
        long rows = last - closedThrough;
        AuditChainHead head = this.head.read();
        if (head.lastSeq() != last || !head.lastHash().equals(previous)) {
            return ChainVerification.broken(rows, last + 1, "Loggen slutar vid rad " + last + " men ska ha "
                    + head.lastSeq() + " rader: de sista raderna har tagits bort eller ändrats.");
        }
        return ChainVerification.intact(rows, gallrad);
    }
}
