package se.jamtland.unit.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** A row of the access log as the unit manager reads it. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuditView(long seq, Instant occurredAt, String staffId, String role, String caseCode,
                        AuditAction action, @Nullable String purpose) {

    static AuditView of(AuditEntry entry) {
        return new AuditView(entry.seq(), entry.occurredAt(), entry.staffId(), entry.role(), entry.caseCode(),
                entry.action(), entry.purpose());
    }
}
