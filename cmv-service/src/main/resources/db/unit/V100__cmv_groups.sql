-- Gruppverksamhet (Bilaga 1, 2.9) runs as group cycles of about 10 weekly sessions. It is ADVISORY
-- (14 kap. 4 § SoL): a group session records how many took part, never who.
CREATE TABLE group_cycle (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    insats           VARCHAR(64)  NOT NULL,
    start_date       DATE         NOT NULL,
    planned_sessions SMALLINT     NOT NULL,
    catalog_version  VARCHAR(32)  NOT NULL,
    created_at       TIMESTAMP(3) NOT NULL
);

CREATE TABLE group_session (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    group_id          BIGINT       NOT NULL,
    session_date      DATE         NOT NULL,
    participant_count SMALLINT     NOT NULL,
    recorded_at       TIMESTAMP(3) NOT NULL,
    CONSTRAINT group_session_group FOREIGN KEY (group_id) REFERENCES group_cycle (id)
);
