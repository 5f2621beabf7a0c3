-- Visitors of advisory contacts (issue 11): the keyed hash (HMAC-SHA256 with the unit's key, which is configuration,
-- never in this database) of the code a visitor chose, per insats and calendar year, with the day of the year's
-- first visit. There is no column for the code. The hash is pseudonymous personal data (EDPB Guidelines 01/2025)
-- and never leaves the unit; the county gets only each contact's first-visit flag.
CREATE TABLE visitor (
    insats       VARCHAR(64) NOT NULL,
    visit_year   SMALLINT    NOT NULL,
    visitor_hash BINARY(32)  NOT NULL,
    first_visit  DATE        NOT NULL,
    PRIMARY KEY (insats, visit_year, visitor_hash)
);

-- Whether the contact was the visitor's first visit to the insats that year; NULL when it was registered without a
-- code. It is not linked to the visitor row: a contact says "first" or "again", never whose.
ALTER TABLE advisory_contact ADD COLUMN first_visit BOOLEAN NULL;
