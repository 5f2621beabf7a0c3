package se.jamtland.unit.visitor;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import javax.sql.DataSource;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * The unit's register of visitors (table {@code visitor}: insats, year, keyed hash, day of the first visit; no
 * code). The county asks how many people took part in an insats in a year, so a visit is a first visit once per
 * insats and calendar year; a register by year can also be cleared year by year when the nämnd's gallring says so.
 */
@Singleton
public class VisitorRegister {

    private final DataSource dataSource;

    public VisitorRegister(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Records the visit in the transaction of the contact it belongs to (MANDATORY): two contacts with the same
     * code at once are one first visit and one repeat, decided by the table's key.
     *
     * @return true for the visitor's first visit to the insats in the visit's year, false for a repeat
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstVisit(VisitorPseudonym visitor, LocalDate visitDay) {
        // The transaction's connection: it is closed when the transaction ends, not here.
        try (PreparedStatement insert = dataSource.getConnection().prepareStatement(
                "INSERT IGNORE INTO visitor (insats, visit_year, visitor_hash, first_visit) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, visitor.insats());
            insert.setInt(2, visitDay.getYear());
            insert.setBytes(3, visitor.hash());
            insert.setObject(4, visitDay);
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            // The statement's text and the exception's class only: the hash is not for a log.
            throw new IllegalStateException("the visit could not be recorded (" + e.getClass().getSimpleName() + ")");
        }
    }
}
