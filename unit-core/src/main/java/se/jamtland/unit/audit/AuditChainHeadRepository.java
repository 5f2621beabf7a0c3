package se.jamtland.unit.audit;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface AuditChainHeadRepository extends GenericRepository<AuditChainHead, Integer> {

    /** Locks the head until the transaction ends: one append at a time, so seq has no gaps or forks. */
    @Query("SELECT * FROM audit_chain_head WHERE id = 1 FOR UPDATE")
    AuditChainHead lock();

    @Query("SELECT * FROM audit_chain_head WHERE id = 1")
    AuditChainHead read();

    @Query("UPDATE audit_chain_head SET last_seq = :lastSeq, last_hash = :lastHash WHERE id = 1")
    void advance(long lastSeq, String lastHash);
}
