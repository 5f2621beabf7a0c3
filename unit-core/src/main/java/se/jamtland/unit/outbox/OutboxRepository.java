package se.jamtland.unit.outbox;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface OutboxRepository extends CrudRepository<OutboxRow, Long> {

    /** SKIP LOCKED: several replicas relay side by side, each taking rows no other holds (MariaDB ≥ 10.6). */
    @Query("SELECT * FROM outbox WHERE sent_at IS NULL ORDER BY id LIMIT :limit FOR UPDATE SKIP LOCKED")
    List<OutboxRow> lockPending(int limit);

    @Query("UPDATE outbox SET sent_at = :sentAt WHERE id IN (:ids)")
    void markSent(List<Long> ids, Instant sentAt);

    @Query("DELETE FROM outbox WHERE sent_at IS NOT NULL AND sent_at < :before")
    int purgeSentBefore(Instant before);

    @Query("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL")
    long countPending();

    /** The oldest pending row is the one with the lowest id (ids grow with time): one step on outbox_pending. */
    @Query("SELECT * FROM outbox WHERE sent_at IS NULL ORDER BY id LIMIT 1")
    Optional<OutboxRow> oldestPending();
}
