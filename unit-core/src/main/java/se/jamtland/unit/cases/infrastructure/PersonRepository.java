package se.jamtland.unit.cases.infrastructure;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface PersonRepository extends CrudRepository<PersonRow, String> {

    @Query("SELECT case_code FROM case_person WHERE identity_number = :identityNumber AND open_insats = :insats")
    Optional<String> findOpenCaseCode(String identityNumber, String insats);
}
