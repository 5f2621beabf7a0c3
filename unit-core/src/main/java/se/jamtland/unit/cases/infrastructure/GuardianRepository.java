package se.jamtland.unit.cases.infrastructure;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface GuardianRepository extends CrudRepository<GuardianRow, Long> {

    List<GuardianRow> findByCaseCode(String caseCode);
}
