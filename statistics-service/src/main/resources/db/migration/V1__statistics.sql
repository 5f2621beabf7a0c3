-- The county's statistics database: aggregates only. No row is more detailed than a month, unit, insats,
-- kind, kommun, age band, gender and channel; no event is stored, only its id, to count it exactly once.
CREATE TABLE processed_event (
    event_id     CHAR(36)     PRIMARY KEY,
    processed_at TIMESTAMP(3) NOT NULL
);

CREATE TABLE activity_count (
    month        CHAR(7)     NOT NULL,
    unit         VARCHAR(20) NOT NULL,
    insats       VARCHAR(64) NOT NULL,
    kind         VARCHAR(32) NOT NULL,
    kommun       VARCHAR(8)  NOT NULL,
    age_band     VARCHAR(8)  NOT NULL,
    gender       VARCHAR(8)  NOT NULL,
    channel      VARCHAR(16) NOT NULL,
    closure      VARCHAR(16) NOT NULL,
    events       BIGINT      NOT NULL,
    participants BIGINT      NOT NULL,
    PRIMARY KEY (month, unit, insats, kind, kommun, age_band, gender, channel, closure)
);
