package se.jamtland.unit.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.LocalDate;
import java.util.List;

/**
 * The access log's checkpoints, and the one way rows leave the log: those a checkpoint has closed (the trigger of
 * V9 refuses any other delete).
 */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface AuditCheckpointRepository extends GenericRepository<AuditCheckpoint, Long> {

    AuditCheckpoint save(AuditCheckpoint checkpoint);

    @Query("SELECT * FROM audit_checkpoint ORDER BY through_seq")
    List<AuditCheckpoint> inOrder();

    /** The first row dated on or after the day, in the database's own reading of dates (as the job's queries). */
    @Query("SELECT MIN(seq) FROM audit_log WHERE occurred_at >= :day")
    @Nullable
    Long firstSeqFrom(LocalDate day);

    @Query("SELECT * FROM audit_log WHERE seq = :seq")
    @Nullable
    AuditEntry entry(long seq);

    @Query("DELETE FROM audit_log WHERE seq <= :throughSeq ORDER BY seq LIMIT :limit")
    int deleteClosed(long throughSeq, int limit);

    @Query("SELECT COUNT(*) FROM audit_log WHERE seq <= :throughSeq")
    long countUpTo(long throughSeq);

    @Query("SELECT MIN(occurred_at) FROM audit_log WHERE seq <= :throughSeq")
    @Nullable
    java.time.Instant oldestUpTo(long throughSeq);
}
