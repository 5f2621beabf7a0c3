-- People, not only events (issue 11): how many of a row's advisory contacts were a visitor's first visit to the
-- insats in the calendar year, as the unit found from a visitor code (the event's firstVisit). Contacts without a
-- code add 0; rows counted before this column existed had no codes.
ALTER TABLE activity_count ADD COLUMN first_visits BIGINT NOT NULL DEFAULT 0;
