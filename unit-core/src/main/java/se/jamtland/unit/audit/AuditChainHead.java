package se.jamtland.unit.audit;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** The last link of the chain. */
@MappedEntity("audit_chain_head")
public record AuditChainHead(@Id int id, long lastSeq, String lastHash) {
}
