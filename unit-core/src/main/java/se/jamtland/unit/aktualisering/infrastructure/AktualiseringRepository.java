package se.jamtland.unit.aktualisering.infrastructure;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface AktualiseringRepository extends CrudRepository<AktualiseringRow, String> {

    /** Locked, so two fetches at once by the same kommun never both get one: each goes out once. */
    @Query("SELECT * FROM aktualisering WHERE kommun = :kommun AND delivered_at IS NULL"
            + " ORDER BY registered_at, id LIMIT 100 FOR UPDATE")
    List<AktualiseringRow> lockUndelivered(String kommun);

    @Query("UPDATE aktualisering SET delivered_at = :at WHERE id IN (:ids) AND delivered_at IS NULL")
    int markDelivered(Collection<String> ids, Instant at);

    @Query(value = "SELECT * FROM aktualisering ORDER BY registered_at DESC, id",
            countQuery = "SELECT COUNT(*) FROM aktualisering")
    Page<AktualiseringRow> list(Pageable pageable);
}
