-- People, not only events (issue 11): how many of a row's advisory contacts were a visitor's first visit to the
-- insats in the calendar year, as the unit found from a visitor code (the event's firstVisit). Contacts without a
-- code add 0; rows counted before this column existed had no codes.
ALTER TABLE activity_count ADD COLUMN first_visits BIGINT NOT NULL DEFAULT 0;
-- The Cell Key Method's key sum of those first visits alone (each first visit's record key, modulo 2^32, as
-- record_key_sum for all events): a visitors cell gets a key of its own, so its perturbation is independent of the
-- same cell's events and the difference of the two (repeat visits, visits without a code) is never exact. Rows
-- counted before had no visitors: 0 is their exact sum.
ALTER TABLE activity_count ADD COLUMN first_visit_key_sum BIGINT NOT NULL DEFAULT 0;
