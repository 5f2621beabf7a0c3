-- Every value in activity_count is a closed code of the vocabulary, ASCII only (months, unit and insats ids, kinds,
-- kommun codes, age bands, genders, channels, closures). Grouping them as utf8mb4 with a Swedish collation made
-- MariaDB compare every text by the Swedish rules in each GROUP BY: on 1,000,000 events (278,729 rows) the county
-- volume bench measured about half the time with binary ASCII (e.g. month,insats,kommun,ageBand 413 -> 177 ms).
ALTER TABLE activity_count CONVERT TO CHARACTER SET ascii COLLATE ascii_bin;
