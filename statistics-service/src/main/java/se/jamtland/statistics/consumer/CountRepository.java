package se.jamtland.statistics.consumer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface CountRepository extends GenericRepository<ProcessedEventRow, String> {

    /** @return 1 if the event is new, 0 if it was counted before */
    @Query("INSERT IGNORE INTO processed_event (event_id, processed_at) VALUES (:eventId, :at)")
    int markProcessed(String eventId, Instant at);

    @Query("INSERT INTO activity_count (month, unit, insats, kind, kommun, age_band, gender, channel, closure, events,"
            + " participants, first_visits) VALUES (:month, :unit, :insats, :kind, :kommun, :ageBand, :gender, :channel,"
            + " :closure, 1, :participants, :firstVisits) ON DUPLICATE KEY UPDATE events = events + 1,"
            + " participants = participants + :participants, first_visits = first_visits + :firstVisits")
    void add(String month, String unit, String insats, String kind, String kommun, String ageBand, String gender,
             String channel, String closure, long participants, long firstVisits);

    @Query("SELECT COALESCE(SUM(events), 0) FROM activity_count")
    long totalEvents();

    @Query("SELECT COUNT(*) FROM processed_event WHERE event_id = :eventId")
    long timesProcessed(@Nullable String eventId);
}
