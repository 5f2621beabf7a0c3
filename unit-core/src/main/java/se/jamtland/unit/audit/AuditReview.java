package se.jamtland.unit.audit;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import se.jamtland.unit.web.PageView;
import se.jamtland.unit.web.Paging;
import se.jamtland.unit.web.Period;

import java.util.List;

/** The unit manager's log follow-up: the log of a period or a person, a random sample, and the chain check. */
@Singleton
public class AuditReview {

    private static final int BATCH = 1000;

    private final AuditRepository entries;
    private final AuditChainHeadRepository head;

    public AuditReview(AuditRepository entries, AuditChainHeadRepository head) {
        this.entries = entries;
        this.head = head;
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
     * that is missing, does not point at the row before, or whose fields no longer match its hash.
     */
    @ReadOnly
    public ChainVerification verify() {
        String previous = AuditChain.GENESIS;
        long expectedSeq = 1;
        List<AuditEntry> batch;
        while (!(batch = entries.after(expectedSeq - 1, BATCH)).isEmpty()) {
            for (AuditEntry entry : batch) {
                long checked = expectedSeq - 1;
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
        long rows = expectedSeq - 1;
        AuditChainHead last = head.read();
        if (last.lastSeq() != rows || !last.lastHash().equals(previous)) {
            return ChainVerification.broken(rows, rows + 1, "Loggen slutar vid rad " + rows + " men ska ha "
                    + last.lastSeq() + " rader: de sista raderna har tagits bort eller ändrats.");
        }
        return ChainVerification.intact(rows);
    }
}
