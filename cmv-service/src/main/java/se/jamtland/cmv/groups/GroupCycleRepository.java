package se.jamtland.cmv.groups;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface GroupCycleRepository extends CrudRepository<GroupCycleRow, Long> {

    @Query(value = "SELECT * FROM group_cycle ORDER BY start_date DESC, id DESC",
            countQuery = "SELECT COUNT(*) FROM group_cycle")
    Page<GroupCycleRow> list(Pageable pageable);
}
