package se.jamtland.unit.gallring.infrastructure;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import se.jamtland.unit.gallring.model.Candidate;
import se.jamtland.unit.gallring.model.LegalHoldReason;
import se.jamtland.unit.gallring.model.RecordClass;
import se.jamtland.unit.identity.PersonalIdentityNumber;

import javax.sql.DataSource;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The candidates of a class and the deletion of one record, in the tables {@link RecordTables} names. */
@Singleton
public class GallringRecords {

    private final DataSource dataSource;

    public GallringRecords(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public boolean holds(RecordClass recordClass) {
        return RecordTables.of(recordClass).isPresent();
    }

    /**
     * The next candidates after {@code afterKey} (in key order) whose date is at most {@code latestAnchor}: a walk
     * that kept records (held, sampled) cannot stall, and a short read-only transaction per batch.
     */
    @ReadOnly
    public List<Candidate> candidates(RecordClass recordClass, LocalDate latestAnchor, String afterKey, int limit) {
        RecordTables.Table table = RecordTables.of(recordClass).orElseThrow();
        String sql = "SELECT * FROM (" + table.candidates() + ") t"
                + " WHERE t.anchor <= ? AND t.k > ? ORDER BY t.k LIMIT ?";
        return query(sql, latestAnchor, afterKey, limit);
    }

    /**
     * Locks the record and reads it again, in the caller's transaction: what the walk saw may have changed (a
     * hold placed, an aktualisering delivered, another replica done with it).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Candidate> lockAgain(RecordClass recordClass, String key) {
        RecordTables.Table table = RecordTables.of(recordClass).orElseThrow();
        if (query(table.lock(), key).isEmpty()) {
            return Optional.empty();
        }
        return query("SELECT * FROM (" + table.candidates() + ") t WHERE t.k = ?", key).stream().findFirst();
    }

    /**
     * Every row of the record, in the caller's transaction: all of it or, if anything fails, none of it. Before its
     * own row go the rows of any table that refers to it by a foreign key and is not named here: a unit service's
     * own tables (Barnahus's {@code krissamtal_detail} of an advisory contact), found in the schema, so no unit
     * keeps a piece of a record unit-core gallrar.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void delete(RecordClass recordClass, String key) {
        RecordTables.Table table = RecordTables.of(recordClass).orElseThrow();
        List<String> statements = table.deletes();
        for (String statement : statements.subList(0, statements.size() - 1)) {
            update(statement, key);
        }
        for (String statement : referringRows(table)) {
            update(statement, key);
        }
        update(statements.get(statements.size() - 1), key);
    }

    /** Deletes of the rows that refer to the record's own row, in tables other than its own. */
    private List<String> referringRows(RecordTables.Table table) {
        return Sql.rows(dataSource, """
                SELECT table_name AS t, column_name AS c FROM information_schema.key_column_usage
                 WHERE table_schema = DATABASE() AND referenced_table_name = ? AND table_name <> ?
                 ORDER BY table_name, column_name""", table.rootTable(), table.rootTable()).stream()
                .map(row -> "DELETE FROM `" + row.get("t") + "` WHERE `" + row.get("c") + "` = " + table.keyParameter())
                .toList();
    }

    private int update(String sql, Object... parameters) {
        return Sql.update(dataSource, sql, parameters);
    }

    private List<Candidate> query(String sql, Object... parameters) {
        List<Candidate> found = new ArrayList<>();
        try (PreparedStatement statement = prepared(sql, parameters); ResultSet rows = statement.executeQuery()) {
            // A lock statement names the key only: found, or gone.
            boolean candidateColumns = rows.getMetaData().getColumnCount() >= 4;
            while (rows.next()) {
                if (!candidateColumns) {
                    found.add(new Candidate(rows.getString(1), LocalDate.MIN, Optional.empty(), Optional.empty()));
                    continue;
                }
                String hold = rows.getString("hold");
                String identity = rows.getString("idn");
                found.add(new Candidate(rows.getString("k"), rows.getObject("anchor", LocalDate.class),
                        Optional.ofNullable(hold).map(LegalHoldReason::valueOf),
                        Optional.ofNullable(identity).flatMap(text -> PersonalIdentityNumber.parse(text,
                                LocalDate.now())).map(PersonalIdentityNumber::birthDate)));
            }
            return found;
        } catch (SQLException e) {
            throw Sql.failure(e);
        }
    }

    private PreparedStatement prepared(String sql, Object... parameters) throws SQLException {
        return Sql.prepared(dataSource, sql, parameters);
    }
}
