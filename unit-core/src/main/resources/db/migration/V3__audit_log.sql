-- The access log of INDIVIDUAL records (14 kap. 3 § SoL): every read, creation, change and export, written in
-- the same transaction as the access itself, for the unit manager's log follow-up. Append-only: the
-- application has no update or delete path, and these triggers refuse one from anywhere else. Each row's hash
-- covers its own fields and the previous row's hash, so a row changed or removed by someone who got past the
-- triggers breaks the chain at that row; the head records the last link, so a removed last row shows too.
CREATE TABLE audit_log (
    seq           BIGINT       PRIMARY KEY,
    occurred_at   TIMESTAMP(3) NOT NULL,
    staff_id      VARCHAR(64)  NOT NULL,
    role          VARCHAR(32)  NOT NULL,
    case_code     CHAR(9)      NOT NULL,
    action        VARCHAR(16)  NOT NULL,
    purpose       VARCHAR(200) NULL,
    previous_hash CHAR(64)     NOT NULL,
    hash          CHAR(64)     NOT NULL,
    INDEX audit_log_by_time (occurred_at),
    INDEX audit_log_by_staff (staff_id, occurred_at)
);

-- One row: the last link. Taken FOR UPDATE by every append, so appends are serialized and seq has no gaps.
CREATE TABLE audit_chain_head (
    id        TINYINT  PRIMARY KEY,
    last_seq  BIGINT   NOT NULL,
    last_hash CHAR(64) NOT NULL,
    CONSTRAINT audit_chain_head_single CHECK (id = 1)
);
INSERT INTO audit_chain_head (id, last_seq, last_hash) VALUES (1, 0, REPEAT('0', 64));

DELIMITER $$
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log FOR EACH ROW
BEGIN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_log is append-only';
END$$
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log FOR EACH ROW
BEGIN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_log is append-only';
END$$
CREATE TRIGGER audit_chain_head_forward_only BEFORE UPDATE ON audit_chain_head FOR EACH ROW
BEGIN
    IF NEW.last_seq <> OLD.last_seq + 1 THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'the audit chain only grows by one link at a time';
    END IF;
END$$
CREATE TRIGGER audit_chain_head_no_delete BEFORE DELETE ON audit_chain_head FOR EACH ROW
BEGIN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'the audit chain head cannot be removed';
END$$
DELIMITER ;
