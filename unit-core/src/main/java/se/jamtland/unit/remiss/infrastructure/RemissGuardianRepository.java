package se.jamtland.unit.remiss.infrastructure;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface RemissGuardianRepository extends CrudRepository<RemissGuardianRow, Long> {

    List<RemissGuardianRow> findByRemissIdOrderById(String remissId);
}
