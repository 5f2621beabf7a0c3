-- Every replica of statistics-service answers from the aggregates held in its memory (report/AggregateView, issue
-- 11's 200 ms at county volume) and must see what any replica's consumer counted. Each counting transaction first
-- raises the one revision below (its row lock makes the counting transactions of all replicas take their numbers
-- one after another, each committed before the next gets one) and stamps the rows it adds to with it; a replica
-- that holds revision R reads only the rows with revision > R. A whole number, not a time: nothing finer than the
-- day is stored (issue 11).
CREATE TABLE aggregate_revision (
    id       TINYINT PRIMARY KEY,
    revision BIGINT  NOT NULL
);
INSERT INTO aggregate_revision (id, revision) VALUES (1, 0);

-- Rows counted before are revision 0: a replica starting empty reads them all.
ALTER TABLE activity_count ADD COLUMN revision BIGINT NOT NULL DEFAULT 0,
    ADD INDEX activity_count_by_revision (revision);
