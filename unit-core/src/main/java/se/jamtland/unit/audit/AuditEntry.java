package se.jamtland.unit.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.time.Instant;

/** One row of the access log; {@code hash} covers every other field and chains it to the row before. */
@MappedEntity("audit_log")
public record AuditEntry(
        @Id long seq,
        Instant occurredAt,
        String staffId,
        String role,
        String caseCode,
        AuditAction action,
        @Nullable String purpose,
        @MappedProperty("previous_hash") String previousHash,
        String hash) {

    /** The width of {@code audit_log.staff_id}: an IdP's staff ids (e.g. HSA-id) are far shorter. */
    public static final int STAFF_ID_MAX = 64;
}
