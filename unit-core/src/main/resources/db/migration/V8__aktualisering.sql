-- Aktualisering (issue 12; Socialstyrelsen's term for how a matter reaches the socialtjänst): a person who did not
-- meet a villkor asks to be referred to their kommun's needs assessment. Only with the person's consent, recorded by
-- staff, and only the minimum identity the kommun needs to contact them (unit-core README). An INDIVIDUAL record:
-- every access is in the access log. The kommun's case system fetches its own once; delivered_at says when.
CREATE TABLE aktualisering (
    id                  VARCHAR(64)  PRIMARY KEY,
    kommun              CHAR(4)      NOT NULL,
    insats              VARCHAR(64)  NOT NULL,
    registered_on       DATE         NOT NULL,
    unmet_conditions    VARCHAR(400) NOT NULL,
    consent_recorded_on DATE         NOT NULL,
    identity_number     CHAR(12)     NULL,
    given_name          VARCHAR(100) NOT NULL,
    family_name         VARCHAR(100) NOT NULL,
    phone               VARCHAR(40)  NULL,
    message             VARCHAR(2000) NULL,
    registered_at       TIMESTAMP(3) NOT NULL,
    delivered_at        TIMESTAMP(3) NULL,
    INDEX aktualisering_to_deliver (kommun, delivered_at)
);
