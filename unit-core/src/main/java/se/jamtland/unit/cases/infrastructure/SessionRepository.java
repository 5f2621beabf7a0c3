package se.jamtland.unit.cases.infrastructure;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import se.jamtland.unit.vocabulary.SessionKind;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface SessionRepository extends CrudRepository<SessionRow, Long> {

    @Query("SELECT * FROM case_session WHERE case_code = :caseCode ORDER BY session_date, id")
    List<SessionRow> findByCase(String caseCode);

    long countByCaseCodeAndKind(String caseCode, SessionKind kind);
}
