-- Issue 16 §2: the W3C traceparent of the request (or job) that wrote the event, taken at write time, so the relay
-- can put it on the Kafka record and the county's consumer continues the same trace. Only ids and flags
-- (00-<trace id>-<span id>-<flags>, 55 characters), never anything of the event; NULL when nothing was traced.
ALTER TABLE outbox ADD COLUMN traceparent CHAR(55) NULL;
