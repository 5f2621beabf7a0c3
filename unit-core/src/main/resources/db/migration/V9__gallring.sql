-- Gallring (issue 15): records leave when the nämnd's informationshanteringsplan says so (unit-core resources
-- retention/*.yml), with a receipt per rule and run, holds that stop it, and checkpoints that keep the access log's
-- chain provable after its oldest rows are gone.

-- A case the unit manager has put on hold (a pending request for documents, a complaint, IVO's supervision): the
-- gallring job passes it over and counts it. Deleted with the case once the hold is lifted and the case is gallrad.
CREATE TABLE legal_hold (
    case_code  CHAR(9)      PRIMARY KEY,
    reason     VARCHAR(32)  NOT NULL,
    placed_on  DATE         NOT NULL,
    placed_at  TIMESTAMP(3) NOT NULL,
    CONSTRAINT legal_hold_case FOREIGN KEY (case_code) REFERENCES case_file (case_code),
    CONSTRAINT legal_hold_reason CHECK (reason IN ('DOCUMENT_REQUEST', 'COMPLAINT', 'SUPERVISION'))
);

-- One run a day. A run that stopped half-way (a crash, a failing record) stays RUNNING and is the one the next
-- start continues: every record is deleted in a transaction of its own that also counts it in the receipt, so a
-- resumed run neither deletes nor counts anything twice.
CREATE TABLE gallring_run (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    run_on        DATE         NOT NULL,
    rules_version VARCHAR(32)  NOT NULL,
    state         VARCHAR(16)  NOT NULL,
    started_at    TIMESTAMP(3) NOT NULL,
    finished_at   TIMESTAMP(3) NULL,
    CONSTRAINT gallring_run_one_a_day UNIQUE (run_on),
    CONSTRAINT gallring_run_state CHECK (state IN ('RUNNING', 'DONE'))
);

-- The gallringsprotokoll: per run and rule, how many records left, how many a hold kept and how many the research
-- sample kept. No case code, no content: a receipt proves that gallring happened, not what was in the records.
CREATE TABLE gallring_receipt (
    run_id          BIGINT      NOT NULL,
    rule_id         VARCHAR(64) NOT NULL,
    rules_version   VARCHAR(32) NOT NULL,
    record_class    VARCHAR(32) NOT NULL,
    deleted_count   INT         NOT NULL DEFAULT 0,
    held_count      INT         NOT NULL DEFAULT 0,
    research_count  INT         NOT NULL DEFAULT 0,
    PRIMARY KEY (run_id, rule_id),
    CONSTRAINT gallring_receipt_run FOREIGN KEY (run_id) REFERENCES gallring_run (id)
);

-- The access log over time: before its oldest rows are gallrade, the chain is closed in a checkpoint that keeps
-- the last hash of the segment (also written to the service's log). What remains is verified from there. The
-- checkpoints are chained too, so a checkpoint changed by hand shows.
CREATE TABLE audit_checkpoint (
    through_seq         BIGINT       PRIMARY KEY,
    last_hash           CHAR(64)     NOT NULL,
    rule_id             VARCHAR(64)  NOT NULL,
    rules_version       VARCHAR(32)  NOT NULL,
    created_at          TIMESTAMP(3) NOT NULL,
    previous_checkpoint CHAR(64)     NOT NULL,
    checkpoint_hash     CHAR(64)     NOT NULL
);

-- The job finds the access-log rows of a record (its last access counts towards its gallring: README).
CREATE INDEX audit_log_by_record ON audit_log (case_code, occurred_at);

DELIMITER $$
-- The log stays append-only except for a segment a checkpoint has closed: only those rows may be deleted.
DROP TRIGGER audit_log_no_delete$$
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log FOR EACH ROW
BEGIN
    IF NOT EXISTS (SELECT 1 FROM audit_checkpoint WHERE through_seq >= OLD.seq) THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_log is append-only';
    END IF;
END$$
CREATE TRIGGER audit_checkpoint_no_update BEFORE UPDATE ON audit_checkpoint FOR EACH ROW
BEGIN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_checkpoint is append-only';
END$$
CREATE TRIGGER audit_checkpoint_no_delete BEFORE DELETE ON audit_checkpoint FOR EACH ROW
BEGIN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_checkpoint is append-only';
END$$
DELIMITER ;
