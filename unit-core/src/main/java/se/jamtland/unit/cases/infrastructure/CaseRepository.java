package se.jamtland.unit.cases.infrastructure;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface CaseRepository extends CrudRepository<CaseRow, String> {

    String FILTER = " WHERE (:insats IS NULL OR insats = :insats)"
            + " AND (:open IS NULL OR (:open = TRUE AND closed_date IS NULL) OR (:open = FALSE AND closed_date IS NOT NULL))";

    @Query(value = "SELECT * FROM case_file" + FILTER + " ORDER BY start_date DESC, case_code",
            countQuery = "SELECT COUNT(*) FROM case_file" + FILTER)
    Page<CaseRow> list(@Nullable String insats, @Nullable Boolean open, Pageable pageable);
}
