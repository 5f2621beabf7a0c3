package se.jamtland.unit.gallring.infrastructure;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import se.jamtland.unit.gallring.model.LegalHoldReason;

import javax.sql.DataSource;
import java.time.Instant;
import java.time.LocalDate;

/** The holds the unit manager places on cases; one per case, its reason from the fixed list. */
@Singleton
public class LegalHolds {

    private final DataSource dataSource;

    public LegalHolds(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Places the hold, or changes its reason (a PUT of the same hold again changes nothing else). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void place(String caseCode, LegalHoldReason reason, LocalDate on, Instant at) {
        Sql.update(dataSource, "INSERT INTO legal_hold (case_code, reason, placed_on, placed_at) VALUES (?, ?, ?, ?)"
                + " ON DUPLICATE KEY UPDATE reason = VALUES(reason)", caseCode, reason.name(), on, at);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public LocalDate placedOn(String caseCode) {
        Object day = Sql.rows(dataSource, "SELECT placed_on FROM legal_hold WHERE case_code = ?", caseCode)
                .get(0).get("placed_on");
        return day instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) day;
    }

    /** @return whether there was a hold to lift */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean lift(String caseCode) {
        return Sql.update(dataSource, "DELETE FROM legal_hold WHERE case_code = ?", caseCode) == 1;
    }
}
