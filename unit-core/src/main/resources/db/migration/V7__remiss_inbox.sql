-- The remiss inbox (issue 12): a kommun's referral of a person into an INDIVIDUAL insats (14 kap. 3 § SoL), sent
-- by its case system through the gateway. It holds identity, so it is an INDIVIDUAL record of this unit only:
-- kept here, never in an event, read by staff only through the access log. The kommun is the one the IdP signed
-- into the case system's token, never a field of the request.
CREATE TABLE remiss (
    id                     VARCHAR(64)   PRIMARY KEY,
    kommun                 CHAR(4)       NOT NULL,
    -- The case system's own idempotency key, unique per kommun, and a SHA-256 of what it sent under it: a retry
    -- of the same body gets the first answer, another body under the key is a conflict.
    idempotency_key        VARCHAR(64)   NOT NULL,
    request_digest         CHAR(64)      NOT NULL,
    insats                 VARCHAR(64)   NOT NULL,
    status                 VARCHAR(16)   NOT NULL,
    received_on            DATE          NOT NULL,
    decided_on             DATE          NULL,
    decline_reason         VARCHAR(32)   NULL,
    case_code              CHAR(9)       NULL,
    identity_number        CHAR(12)      NOT NULL,
    given_name             VARCHAR(100)  NOT NULL,
    family_name            VARCHAR(100)  NOT NULL,
    phone                  VARCHAR(40)   NULL,
    email                  VARCHAR(200)  NULL,
    address                VARCHAR(300)  NULL,
    guardian_consent_given BOOLEAN       NULL,
    referrer_name          VARCHAR(200)  NOT NULL,
    referrer_phone         VARCHAR(40)   NULL,
    message                VARCHAR(2000) NULL,
    received_at            TIMESTAMP(3)  NOT NULL,
    CONSTRAINT remiss_one_per_key UNIQUE (kommun, idempotency_key),
    CONSTRAINT remiss_status CHECK (status IN ('RECEIVED', 'ACCEPTED', 'DECLINED')),
    CONSTRAINT remiss_case FOREIGN KEY (case_code) REFERENCES case_file (case_code),
    INDEX remiss_by_status (status, received_on)
);

CREATE TABLE remiss_guardian (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    remiss_id       VARCHAR(64)  NOT NULL,
    name            VARCHAR(200) NOT NULL,
    identity_number CHAR(12)     NULL,
    phone           VARCHAR(40)  NULL,
    CONSTRAINT remiss_guardian_remiss FOREIGN KEY (remiss_id) REFERENCES remiss (id)
);

-- The access log names the record an access was to: a case code, and now also a remiss or an aktualisering id
-- (`<unit>-<uuid>`, at most 54 characters). Widening the column rewrites no row and leaves every hash as it was:
-- the chain hashes the text, which is unchanged.
ALTER TABLE audit_log MODIFY case_code VARCHAR(64) NOT NULL;
