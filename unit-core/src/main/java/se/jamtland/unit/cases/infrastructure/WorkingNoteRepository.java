package se.jamtland.unit.cases.infrastructure;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface WorkingNoteRepository extends CrudRepository<WorkingNoteRow, Long> {

    @Query("SELECT * FROM working_note WHERE case_code = :caseCode ORDER BY written_on, id")
    List<WorkingNoteRow> findByCase(String caseCode);
}
