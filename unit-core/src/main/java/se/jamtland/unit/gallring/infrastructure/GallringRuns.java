package se.jamtland.unit.gallring.infrastructure;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import javax.sql.DataSource;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The runs of the gallring job and their receipts (gallringsprotokoll): counts per rule, never a record. */
@Singleton
public class GallringRuns {

    public record Run(long id, LocalDate runOn, String rulesVersion, boolean done) {
    }

    public record Receipt(long runId, LocalDate runOn, String ruleId, String rulesVersion, String recordClass,
                          int deleted, int held, int keptForResearch, Instant runStartedAt,
                          @Nullable Instant runFinishedAt) {
    }

    private final DataSource dataSource;

    public GallringRuns(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A run that stopped before it was done (a crash, a failing record): the next start continues it. */
    @ReadOnly
    public Optional<Run> unfinished() {
        return runs("SELECT * FROM gallring_run WHERE state = 'RUNNING' ORDER BY id LIMIT 1");
    }

    @ReadOnly
    public Optional<Run> of(LocalDate day) {
        return runs("SELECT * FROM gallring_run WHERE run_on = ?", day);
    }

    @Transactional
    public Run start(LocalDate day, String rulesVersion, Instant at) {
        Sql.update(dataSource, "INSERT INTO gallring_run (run_on, rules_version, state, started_at) VALUES (?, ?, 'RUNNING', ?)",
                day, rulesVersion, at);
        return runs("SELECT * FROM gallring_run WHERE run_on = ?", day).orElseThrow();
    }

    /** The rule's receipt, with nothing counted yet: a rule that found nothing says so too. */
    @Transactional
    public void openReceipt(Run run, String ruleId, String recordClass) {
        Sql.update(dataSource, "INSERT IGNORE INTO gallring_receipt (run_id, rule_id, rules_version, record_class)"
                + " VALUES (?, ?, ?, ?)", run.id(), ruleId, run.rulesVersion(), recordClass);
    }

    /** In the transaction that deleted them, so a count never runs ahead of or behind what left. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void countDeleted(Run run, String ruleId, int records) {
        Sql.update(dataSource, "UPDATE gallring_receipt SET deleted_count = deleted_count + ? WHERE run_id = ? AND rule_id = ?",
                records, run.id(), ruleId);
    }

    /** What stayed is counted afresh by each walk (a resumed run walks the rule again), so it is set, not added. */
    @Transactional
    public void countKept(Run run, String ruleId, int held, int keptForResearch) {
        Sql.update(dataSource, "UPDATE gallring_receipt SET held_count = ?, research_count = ? WHERE run_id = ? AND rule_id = ?",
                held, keptForResearch, run.id(), ruleId);
    }

    @Transactional
    public void finish(Run run, Instant at) {
        Sql.update(dataSource, "UPDATE gallring_run SET state = 'DONE', finished_at = ? WHERE id = ?", at, run.id());
    }

    @ReadOnly
    public List<Receipt> receipts(int page, int size) {
        return Sql.rows(dataSource, """
                SELECT r.id, r.run_on, r.started_at, r.finished_at, g.rule_id, g.rules_version, g.record_class,
                       g.deleted_count, g.held_count, g.research_count
                  FROM gallring_receipt g JOIN gallring_run r ON r.id = g.run_id
                 ORDER BY r.started_at DESC, r.id DESC, g.rule_id
                 LIMIT ? OFFSET ?""", size, (long) page * size).stream().map(GallringRuns::receipt).toList();
    }

    @ReadOnly
    public long receiptCount() {
        return ((Number) Sql.rows(dataSource, "SELECT COUNT(*) AS n FROM gallring_receipt").get(0).get("n")).longValue();
    }

    /** When a run last finished, if one ever did: the gallring meters' start value (issue 16 §2). */
    @ReadOnly
    public Optional<Instant> lastFinishedAt() {
        return Sql.rows(dataSource, "SELECT MAX(finished_at) AS at FROM gallring_run WHERE state = 'DONE'").stream()
                .findFirst().map(row -> row.get("at")).map(GallringRuns::instant);
    }

    private Optional<Run> runs(String sql, Object... parameters) {
        return Sql.rows(dataSource, sql, parameters).stream().findFirst().map(row -> new Run(
                ((Number) row.get("id")).longValue(), date(row.get("run_on")), (String) row.get("rules_version"),
                "DONE".equals(row.get("state"))));
    }

    private static Receipt receipt(Map<String, Object> row) {
        return new Receipt(((Number) row.get("id")).longValue(), date(row.get("run_on")), (String) row.get("rule_id"),
                (String) row.get("rules_version"), (String) row.get("record_class"),
                ((Number) row.get("deleted_count")).intValue(), ((Number) row.get("held_count")).intValue(),
                ((Number) row.get("research_count")).intValue(), instant(row.get("started_at")),
                row.get("finished_at") == null ? null : instant(row.get("finished_at")));
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }

    private static Instant instant(Object value) {
        return value instanceof Timestamp timestamp ? timestamp.toInstant()
                : ((java.time.LocalDateTime) value).atZone(java.time.ZoneId.systemDefault()).toInstant();
    }
}
