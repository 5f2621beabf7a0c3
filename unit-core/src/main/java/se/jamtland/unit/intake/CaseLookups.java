package se.jamtland.unit.intake;

import se.jamtland.unit.identity.PersonalIdentityNumber;

import java.util.Optional;

/** What a case's intake asks of the unit's own cases; an advisory contact asks nothing ({@link #NONE}). */
public interface CaseLookups {

    CaseLookups NONE = new CaseLookups() {
        @Override
        public Optional<String> openCaseOf(PersonalIdentityNumber identityNumber, String insats) {
            return Optional.empty();
        }

        @Override
        public Optional<String> insatsOfCase(String caseCode) {
            return Optional.empty();
        }
    };

    /** The person's open case of the insats, if any; asking is an access to that record and is logged. */
    Optional<String> openCaseOf(PersonalIdentityNumber identityNumber, String insats);

    /** The insats of a case at this unit, if the code names one. */
    Optional<String> insatsOfCase(String caseCode);
}
