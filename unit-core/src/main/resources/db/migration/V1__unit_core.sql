-- unit-core's schema, the same in every unit's own database. The documentation regimes of 14 kap. SoL are
-- enforced here, not only in code: identity has its own tables, and triggers refuse identity for any case
-- that is not an INDIVIDUAL (14 kap. 3 §) record.

-- ADVISORY (14 kap. 4 §): the contact, never the person. No column can hold a name, an identity number, a
-- contact detail or free text: every column is a date, a number or a code from a closed vocabulary.
CREATE TABLE advisory_contact (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    insats            VARCHAR(64)  NOT NULL,
    contact_date      DATE         NOT NULL,
    channel           VARCHAR(16)  NOT NULL,
    asked_by          VARCHAR(16)  NOT NULL,
    age_band          VARCHAR(8)   NOT NULL,
    gender            VARCHAR(8)   NOT NULL,
    kommun            VARCHAR(8)   NOT NULL,
    topic_codes       VARCHAR(400) NOT NULL,
    duration_minutes  SMALLINT     NULL,
    participant_count SMALLINT     NULL,
    catalog_version   VARCHAR(32)  NOT NULL,
    recorded_at       TIMESTAMP(3) NOT NULL,
    INDEX advisory_contact_by_date (contact_date, insats)
);

-- DEIDENTIFIED (14 kap. 5 §) and INDIVIDUAL (14 kap. 3 §) cases. The case code is random, never derived from
-- the person. Only an age band is kept, never the age or a birth date.
CREATE TABLE case_file (
    case_code               CHAR(9)      PRIMARY KEY,
    insats                  VARCHAR(64)  NOT NULL,
    regime                  VARCHAR(16)  NOT NULL,
    start_date              DATE         NOT NULL,
    age_band                VARCHAR(8)   NOT NULL,
    gender                  VARCHAR(8)   NOT NULL,
    kommun                  VARCHAR(8)   NOT NULL,
    guardian_consent        VARCHAR(16)  NOT NULL,
    guardian_secrecy        BOOLEAN      NOT NULL,
    catalog_version         VARCHAR(32)  NOT NULL,
    planned_sessions        SMALLINT     NULL,
    planned_booster         SMALLINT     NULL,
    planned_follow_up       SMALLINT     NULL,
    max_sessions            SMALLINT     NULL,
    linked_case_code        CHAR(9)      NULL,
    closed_date             DATE         NULL,
    closure_reason          VARCHAR(16)  NULL,
    created_at              TIMESTAMP(3) NOT NULL,
    CONSTRAINT case_file_regime CHECK (regime IN ('DEIDENTIFIED', 'INDIVIDUAL')),
    CONSTRAINT case_file_linked FOREIGN KEY (linked_case_code) REFERENCES case_file (case_code),
    INDEX case_file_by_insats (insats, closed_date)
);

CREATE TABLE case_session (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_code         CHAR(9)      NOT NULL,
    session_date      DATE         NOT NULL,
    kind              VARCHAR(16)  NOT NULL,
    channel           VARCHAR(16)  NULL,
    participant_count SMALLINT     NULL,
    recorded_at       TIMESTAMP(3) NOT NULL,
    CONSTRAINT case_session_case FOREIGN KEY (case_code) REFERENCES case_file (case_code)
);

-- Working notes on DEIDENTIFIED cases: written only after the identity guard found nothing identifying.
CREATE TABLE working_note (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_code   CHAR(9)       NOT NULL,
    written_on  DATE          NOT NULL,
    note        VARCHAR(2000) NOT NULL,
    recorded_at TIMESTAMP(3)  NOT NULL,
    CONSTRAINT working_note_case FOREIGN KEY (case_code) REFERENCES case_file (case_code)
);

-- INDIVIDUAL (14 kap. 3 §) only: the person, guardians where consent is needed, and the journal.
CREATE TABLE case_person (
    case_code       CHAR(9)      PRIMARY KEY,
    identity_number CHAR(12)     NOT NULL,
    given_name      VARCHAR(100) NOT NULL,
    family_name     VARCHAR(100) NOT NULL,
    phone           VARCHAR(40)  NULL,
    email           VARCHAR(200) NULL,
    address         VARCHAR(300) NULL,
    CONSTRAINT case_person_case FOREIGN KEY (case_code) REFERENCES case_file (case_code)
);

CREATE TABLE case_guardian (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_code       CHAR(9)      NOT NULL,
    name            VARCHAR(200) NOT NULL,
    identity_number CHAR(12)     NULL,
    phone           VARCHAR(40)  NULL,
    CONSTRAINT case_guardian_case FOREIGN KEY (case_code) REFERENCES case_file (case_code)
);

CREATE TABLE journal_note (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_code   CHAR(9)      NOT NULL,
    written_on  DATE         NOT NULL,
    note        TEXT         NOT NULL,
    recorded_at TIMESTAMP(3) NOT NULL,
    CONSTRAINT journal_note_case FOREIGN KEY (case_code) REFERENCES case_file (case_code)
);

-- A person who did not meet a villkor: counted (de-identified) for the county, never stored as a case.
CREATE TABLE referral (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    insats           VARCHAR(64)  NOT NULL,
    referral_date    DATE         NOT NULL,
    age_band         VARCHAR(8)   NOT NULL,
    unmet_conditions VARCHAR(100) NOT NULL,
    catalog_version  VARCHAR(32)  NOT NULL,
    recorded_at      TIMESTAMP(3) NOT NULL
);

DELIMITER $$
CREATE TRIGGER case_person_only_for_individual BEFORE INSERT ON case_person FOR EACH ROW
BEGIN
    IF (SELECT regime FROM case_file WHERE case_code = NEW.case_code) <> 'INDIVIDUAL' THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'identity belongs only to INDIVIDUAL cases (14 kap. 3 § SoL)';
    END IF;
END$$
CREATE TRIGGER case_guardian_only_for_individual BEFORE INSERT ON case_guardian FOR EACH ROW
BEGIN
    IF (SELECT regime FROM case_file WHERE case_code = NEW.case_code) <> 'INDIVIDUAL' THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'identity belongs only to INDIVIDUAL cases (14 kap. 3 § SoL)';
    END IF;
END$$
CREATE TRIGGER journal_note_only_for_individual BEFORE INSERT ON journal_note FOR EACH ROW
BEGIN
    IF (SELECT regime FROM case_file WHERE case_code = NEW.case_code) <> 'INDIVIDUAL' THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'journal notes belong only to INDIVIDUAL cases (14 kap. 3 § SoL)';
    END IF;
END$$
CREATE TRIGGER working_note_only_for_deidentified BEFORE INSERT ON working_note FOR EACH ROW
BEGIN
    IF (SELECT regime FROM case_file WHERE case_code = NEW.case_code) <> 'DEIDENTIFIED' THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'working notes belong only to DEIDENTIFIED cases (14 kap. 5 § SoL)';
    END IF;
END$$
DELIMITER ;
