-- One person, one open case of an insats at the unit (14 kap. 3 § SoL: one journal per treatment). The person
-- row carries its case's insats while the case is open; MariaDB lets a unique key hold many NULLs, so closed
-- cases do not count.
ALTER TABLE case_person ADD COLUMN open_insats VARCHAR(64) NULL;

UPDATE case_person p JOIN case_file c ON c.case_code = p.case_code
   SET p.open_insats = c.insats
 WHERE c.closed_date IS NULL;

-- Duplicates opened before this rule: the oldest open case keeps the mark, the later ones stay open unmarked
-- (they are listed and can be closed as usual), so the key can be added without touching any record.
UPDATE case_person p
  JOIN (SELECT later.case_code
          FROM case_person later
          JOIN case_file later_case ON later_case.case_code = later.case_code
          JOIN case_person earlier ON earlier.identity_number = later.identity_number
                                  AND earlier.open_insats = later.open_insats
                                  AND earlier.case_code <> later.case_code
          JOIN case_file earlier_case ON earlier_case.case_code = earlier.case_code
         WHERE later.open_insats IS NOT NULL
           AND (earlier_case.created_at, earlier_case.case_code) < (later_case.created_at, later_case.case_code)
       ) duplicate ON duplicate.case_code = p.case_code
   SET p.open_insats = NULL;

ALTER TABLE case_person ADD CONSTRAINT case_person_one_open_per_insats UNIQUE (identity_number, open_insats);

-- Closing a case lifts its mark, whichever path closes it.
DELIMITER $$
CREATE TRIGGER case_person_open_until_closed AFTER UPDATE ON case_file FOR EACH ROW
BEGIN
    IF OLD.closed_date IS NULL AND NEW.closed_date IS NOT NULL THEN
        UPDATE case_person SET open_insats = NULL WHERE case_code = NEW.case_code;
    END IF;
END$$
DELIMITER ;
