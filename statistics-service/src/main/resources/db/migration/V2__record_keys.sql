-- Cell Key Method (issue 11; SCB from reference year 2025): each counted event draws a random record key, an integer
-- in [0, 2^32) standing for the fraction key / 2^32 in [0, 1), and its aggregate row keeps the sum of its events'
-- keys modulo 2^32. Integers keep the sum exact (no floating-point drift); a published cell's key is the sum over
-- the rows it covers, modulo 2^32, divided by 2^32. The keys never leave statistics-service.
--
-- Rows counted before this migration drew no keys. Each gets one random key sum (RANDOM_BYTES: the server's
-- cryptographic generator, MariaDB 10.10 and later). That is sound: the sum modulo 2^32 of independent keys each
-- uniform on [0, 2^32) is itself uniform and independent of everything else, so a row with one random sum is
-- distributed exactly as if its past events had drawn their keys; later events add theirs to it as usual.
ALTER TABLE activity_count ADD COLUMN record_key_sum BIGINT NOT NULL DEFAULT 0;
UPDATE activity_count SET record_key_sum = CONV(HEX(RANDOM_BYTES(4)), 16, 10);
ALTER TABLE activity_count ALTER COLUMN record_key_sum DROP DEFAULT;
