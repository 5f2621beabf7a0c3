package se.jamtland.cmv.groups;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface GroupSessionRepository extends CrudRepository<GroupSessionRow, Long> {

    @Query("SELECT * FROM group_session WHERE group_id = :groupId ORDER BY session_date, id")
    List<GroupSessionRow> findByGroup(long groupId);
}
