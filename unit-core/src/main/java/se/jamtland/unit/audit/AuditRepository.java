package se.jamtland.unit.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;

/** Insert and read only: no update or delete method exists for the access log. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface AuditRepository extends GenericRepository<AuditEntry, Long> {

    String PERIOD = " WHERE occurred_at >= :from AND occurred_at < :to AND (:staff IS NULL OR staff_id = :staff)";

    AuditEntry save(AuditEntry entry);

    @Query(value = "SELECT * FROM audit_log" + PERIOD + " ORDER BY seq",
            countQuery = "SELECT COUNT(*) FROM audit_log" + PERIOD)
    Page<AuditEntry> list(Instant from, Instant to, @Nullable String staff, Pageable pageable);

    /** Random reads of records from the period, for the manager's periodic sampled review. */
    @Query("SELECT * FROM audit_log WHERE occurred_at >= :from AND occurred_at < :to AND action = 'READ'"
            + " ORDER BY RAND() LIMIT :size")
    List<AuditEntry> sampleReads(Instant from, Instant to, int size);

    @Query("SELECT * FROM audit_log WHERE seq > :after ORDER BY seq LIMIT :size")
    List<AuditEntry> after(long after, int size);
}
