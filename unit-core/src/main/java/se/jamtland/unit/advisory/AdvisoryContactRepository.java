package se.jamtland.unit.advisory;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDate;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface AdvisoryContactRepository extends CrudRepository<AdvisoryContactRow, Long> {

    @Query(value = "SELECT * FROM advisory_contact WHERE contact_date >= :from AND contact_date <= :to"
            + " AND (:insats IS NULL OR insats = :insats) ORDER BY contact_date DESC, id DESC",
            countQuery = "SELECT COUNT(*) FROM advisory_contact WHERE contact_date >= :from AND contact_date <= :to"
                    + " AND (:insats IS NULL OR insats = :insats)")
    Page<AdvisoryContactRow> list(LocalDate from, LocalDate to, @Nullable String insats, Pageable pageable);
}
