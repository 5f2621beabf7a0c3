-- Issue 11: processed_event keeps an event id and at most the day it was counted, and only for the redelivery
-- window (statistics.consumer.redelivery-window; ProcessedEventPurge deletes older ids). processed_at held the
-- moment to the millisecond, which with a unit's own timestamps could tie a counted event back to one case.
ALTER TABLE processed_event ADD COLUMN processed_on DATE NULL AFTER event_id;
-- The day after the one DATE() gives in this session's time zone: never earlier than the Swedish day of
-- processing, whether the server runs in UTC or in Swedish time, so the purge never drops an id a redelivery can
-- still bring (at worst it keeps one a day longer).
UPDATE processed_event SET processed_on = DATE(processed_at) + INTERVAL 1 DAY;
ALTER TABLE processed_event
    DROP COLUMN processed_at,
    MODIFY processed_on DATE NOT NULL,
    ADD INDEX processed_event_by_day (processed_on);
