package se.jamtland.statistics.consumer;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.LocalDate;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface ProcessedEventRepository extends GenericRepository<ProcessedEventRow, String> {

    /** At most {@code limit} ids counted before {@code day}: a long purge is many short transactions. */
    @Query("DELETE FROM processed_event WHERE processed_on < :day LIMIT :limit")
    int deleteProcessedBefore(LocalDate day, int limit);
}
