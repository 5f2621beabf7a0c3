package se.jamtland.unit.audit;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * The access log over time (issue 15): its oldest rows leave by their own rule, oldest first, and never from the
 * middle. Before they go, the chain is closed in a checkpoint that keeps the segment's last hash, also written to
 * the service's log (a copy outside the database), so what remains is still proved intact from there and the
 * segment reads as gallrad by the rule, not as rows removed.
 */
@Singleton
public class AccessLogRetention {

    private static final Logger LOG = LoggerFactory.getLogger(AccessLogRetention.class);

    private final AuditCheckpointRepository checkpoints;
    private final AuditChainHeadRepository head;
    private final Clock clock;

    public AccessLogRetention(AuditCheckpointRepository checkpoints, AuditChainHeadRepository head, Clock clock) {
        this.checkpoints = checkpoints;
        this.head = head;
        this.clock = clock;
    }

    /** The last row that is due: every row dated on or before {@code latestDay}, up to the first that is not. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long lastDueSeq(LocalDate latestDay) {
        Long firstKept = checkpoints.firstSeqFrom(latestDay.plusDays(1));
        return firstKept == null ? head.read().lastSeq() : firstKept - 1;
    }

    /**
     * Closes the chain at the last due row, unless a checkpoint already closes it there or later. The head is
     * locked meanwhile, so no row is appended and no other checkpoint written while this one is.
     */
    @Transactional
    public Optional<AuditCheckpoint> close(String ruleId, String rulesVersion, LocalDate latestDay) {
        head.lock();
        long through = lastDueSeq(latestDay);
        List<AuditCheckpoint> all = checkpoints.inOrder();
        long closed = all.isEmpty() ? 0 : all.get(all.size() - 1).throughSeq();
        AuditEntry last = checkpoints.entry(through);
        if (through <= closed || last == null) {
            return Optional.empty();
        }
        String previous = all.isEmpty() ? AuditChain.GENESIS : all.get(all.size() - 1).checkpointHash();
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        AuditCheckpoint checkpoint = checkpoints.save(new AuditCheckpoint(through, last.hash(), ruleId, rulesVersion,
                at, previous, AuditCheckpoint.hash(through, last.hash(), ruleId, rulesVersion, at, previous)));
        // The line is the checkpoint's copy outside the database: row number and hash only, nobody's name or case.
        LOG.info("access log checkpoint: rows 1-{} closed for gallring by rule {} ({}), last hash {}", through,
                ruleId, rulesVersion, last.hash());
        return Optional.of(checkpoint);
    }

    /** Deletes up to {@code limit} rows that a checkpoint has closed, in the caller's transaction; 0 when none are left. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int deleteClosed(int limit) {
        return closedThrough().map(through -> checkpoints.deleteClosed(through, limit)).orElse(0);
    }

    /** What the next run would delete: the rows due and those closed but not yet gone. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long countDue(LocalDate latestDay) {
        return checkpoints.countUpTo(Math.max(lastDueSeq(latestDay), closedThrough().orElse(0L)));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Instant> oldestDue(LocalDate latestDay) {
        return Optional.ofNullable(checkpoints.oldestUpTo(Math.max(lastDueSeq(latestDay), closedThrough().orElse(0L))));
    }

    private Optional<Long> closedThrough() {
        List<AuditCheckpoint> all = checkpoints.inOrder();
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1).throughSeq());
    }
}
