package se.jamtland.unit.audit;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * Where a gallrad segment of the access log ended: rows 1..{@code throughSeq} are gone by the rule named, and the
 * rest of the chain links to {@code lastHash}. Checkpoints are chained themselves ({@code checkpointHash} covers
 * the fields and the previous checkpoint's hash), so one changed by hand shows.
 */
@MappedEntity("audit_checkpoint")
public record AuditCheckpoint(@Id long throughSeq, String lastHash, String ruleId, String rulesVersion, Instant createdAt,
                              String previousCheckpoint, String checkpointHash) {

    static String hash(long throughSeq, String lastHash, String ruleId, String rulesVersion, Instant createdAt,
                       String previousCheckpoint) {
        return AuditChain.digest(previousCheckpoint, Long.toString(throughSeq), lastHash, ruleId, rulesVersion,
                Long.toString(createdAt.toEpochMilli()));
    }

    boolean holds(String previous) {
        return previousCheckpoint.equals(previous)
                && hash(throughSeq, lastHash, ruleId, rulesVersion, createdAt, previousCheckpoint).equals(checkpointHash);
    }
}
