package se.jamtland.unit.remiss.infrastructure;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDate;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface RemissRepository extends CrudRepository<RemissRow, String> {

    Optional<RemissRow> findByKommunAndIdempotencyKey(String kommun, String idempotencyKey);

    Optional<RemissRow> findByIdAndKommun(String id, String kommun);

    @Query(value = "SELECT * FROM remiss WHERE status = :status ORDER BY received_on, received_at, id",
            countQuery = "SELECT COUNT(*) FROM remiss WHERE status = :status")
    Page<RemissRow> listByStatus(String status, Pageable pageable);

    /** Taken for the decision, so two staff deciding the same remiss at once are served one after the other. */
    @Query("SELECT * FROM remiss WHERE id = :id FOR UPDATE")
    Optional<RemissRow> lockById(String id);

    @Query("UPDATE remiss SET status = 'ACCEPTED', decided_on = :decidedOn, case_code = :caseCode"
            + " WHERE id = :id AND status = 'RECEIVED'")
    int markAccepted(String id, LocalDate decidedOn, String caseCode);

    @Query("UPDATE remiss SET status = 'DECLINED', decided_on = :decidedOn, decline_reason = :reason"
            + " WHERE id = :id AND status = 'RECEIVED'")
    int markDeclined(String id, LocalDate decidedOn, String reason);
}
