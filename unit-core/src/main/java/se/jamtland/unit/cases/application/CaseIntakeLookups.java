package se.jamtland.unit.cases.application;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import se.jamtland.unit.audit.AccessLog;
import se.jamtland.unit.audit.AuditAction;
import se.jamtland.unit.cases.infrastructure.CaseRecords;
import se.jamtland.unit.cases.model.Case;
import se.jamtland.unit.identity.PersonalIdentityNumber;
import se.jamtland.unit.intake.CaseLookups;

import java.util.Optional;

/** What a case's intake asks of the unit's own cases. */
@Singleton
public class CaseIntakeLookups implements CaseLookups {

    private final CaseRecords records;
    private final AccessLog accessLog;

    public CaseIntakeLookups(CaseRecords records, AccessLog accessLog) {
        this.records = records;
        this.accessLog = accessLog;
    }

    /**
     * Telling staff that this person has an open case here is an access to that INDIVIDUAL record: it is logged as
     * a READ in a transaction of its own, which commits before the intake is refused.
     */
    @Override
    @Transactional
    public Optional<String> openCaseOf(PersonalIdentityNumber identityNumber, String insats) {
        Optional<String> open = records.openCaseOf(identityNumber, insats);
        open.ifPresent(caseCode -> accessLog.record(caseCode, AuditAction.READ));
        return open;
    }

    @Override
    public Optional<String> insatsOfCase(String caseCode) {
        return records.find(caseCode).map(Case::insats);
    }
}
