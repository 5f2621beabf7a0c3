package se.jamtland.unit.gallring.model;

/**
 * The classes of record the informationshanteringsplan gives a retention rule (issue 15). Each unit service
 * gallrar the classes whose tables it holds; a class another service holds (group cycles in cmv-service, the
 * statistics service's processed ids) is in the plan so the plan is whole, and is applied there.
 */
public enum RecordClass {
    /** A case on individual level (14 kap. 3 § SoL): identity, guardians, journal, sessions, an accepted remiss. */
    INDIVIDUAL_CASE,
    /** A de-identified case (14 kap. 5 § SoL): sessions and working notes. */
    DEIDENTIFIED_CASE,
    /** An advisory contact (14 kap. 4 § SoL). */
    ADVISORY_CONTACT,
    /** The keyed hashes of visitor codes, per insats and calendar year. */
    VISITOR_REGISTER,
    /** A referral to needs assessment, counted de-identified. */
    REFERRAL,
    AKTUALISERING_DELIVERED,
    AKTUALISERING_UNDELIVERED,
    REMISS_DECLINED,
    REMISS_UNDECIDED,
    /** The access log's rows, gallrade oldest first behind a checkpoint. */
    ACCESS_LOG,
    GROUP_CYCLE,
    STATISTICS_PROCESSED_EVENT;

    /** Whether a record of this class may hold a personal identity number (only individual-level records do). */
    public boolean holdsIdentity() {
        return this == INDIVIDUAL_CASE;
    }
}
