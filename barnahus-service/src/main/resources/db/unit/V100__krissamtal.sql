-- Krissamtal (Bilaga 1, 5.1) are held "i samband med att ett barn ska på barnförhör". ADVISORY (14 kap. 4 § SoL):
-- beside the advisory contact only the date of the barnförhör and who took part, as categories.
CREATE TABLE krissamtal_detail (
    advisory_contact_id BIGINT      PRIMARY KEY,
    interview_date      DATE        NOT NULL,
    participants        VARCHAR(64) NOT NULL,
    CONSTRAINT krissamtal_contact FOREIGN KEY (advisory_contact_id) REFERENCES advisory_contact (id)
);
