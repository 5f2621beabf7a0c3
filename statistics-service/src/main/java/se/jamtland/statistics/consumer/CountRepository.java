package se.jamtland.statistics.consumer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import se.jamtland.statistics.disclosure.RecordKey;

import java.time.LocalDate;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface CountRepository extends GenericRepository<ProcessedEventRow, String> {

    /** @return 1 if the event is new, 0 if it was counted before */
    @Query("INSERT IGNORE INTO processed_event (event_id, processed_on) VALUES (:eventId, :day)")
    int markProcessed(String eventId, LocalDate day);

    /**
     * Raises the aggregates' revision (V6) and holds its row lock until the transaction ends: the counting
     * transactions of every replica take their revisions one after another, so whoever sees revision R sees every
     * row change up to R committed.
     */
    @Query("UPDATE aggregate_revision SET revision = revision + 1 WHERE id = 1")
    void raiseRevision();

    /** The revision this transaction raised to (after {@link #raiseRevision()}, within the same transaction). */
    @Query("SELECT revision FROM aggregate_revision WHERE id = 1")
    long revision();

    /**
     * The event's record key (RecordKey) joins its row's key sum, which stays below 2^32 (V2 migration); the row
     * takes the transaction's revision, so the replicas' in-memory aggregates read it again (V6).
     */
    @Query("INSERT INTO activity_count (month, unit, insats, kind, kommun, age_band, gender, channel, closure, events,"
            + " participants, record_key_sum, first_visits, first_visit_key_sum, revision) VALUES (:month, :unit,"
            + " :insats, :kind, :kommun, :ageBand, :gender, :channel, :closure, 1, :participants, :recordKey,"
            + " :firstVisits, :firstVisits * :recordKey, :revision) ON DUPLICATE KEY UPDATE events = events + 1,"
            + " participants = participants + :participants,"
            + " record_key_sum = (record_key_sum + :recordKey) % " + RecordKey.MODULUS + ","
            + " first_visits = first_visits + :firstVisits,"
            + " first_visit_key_sum = (first_visit_key_sum + :firstVisits * :recordKey) % " + RecordKey.MODULUS + ","
            + " revision = :revision")
    void add(String month, String unit, String insats, String kind, String kommun, String ageBand, String gender,
             String channel, String closure, long participants, long recordKey, long firstVisits, long revision);

    @Query("SELECT COALESCE(SUM(events), 0) FROM activity_count")
    long totalEvents();

    @Query("SELECT COUNT(*) FROM processed_event WHERE event_id = :eventId")
    long timesProcessed(@Nullable String eventId);
}
