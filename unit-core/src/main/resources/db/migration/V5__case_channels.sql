-- The channels a case's sessions may take are the catalog's (Bilaga 1, 2.5 IVIN: "digitalt … i kombination med
-- fysiska möten"), copied at intake like the session plan, so sessions are recorded while eligibility-service is
-- down and a later catalog changes only the cases opened under it. NULL: the catalog named no channel.
ALTER TABLE case_file ADD COLUMN channels VARCHAR(100) NULL AFTER max_sessions;

-- Cases opened before the catalog carried channels had them from code (the same 2.5 values, dated 2025-07-01).
UPDATE case_file SET channels = 'DIGITAL,VISIT' WHERE insats = 'cmv-samtal-om-vald-ivin';
