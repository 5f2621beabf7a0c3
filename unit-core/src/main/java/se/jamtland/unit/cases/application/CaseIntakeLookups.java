package se.jamtland.unit.cases.application;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import se.jamtland.unit.audit.AccessLog;
import se.jamtland.unit.audit.AuditAction;
import se.jamtland.unit.cases.infrastructure.CaseRecords;
import se.jamtland.unit.cases.model.Case;
import se.jamtland.unit.eligibility.CatalogInsats;
import se.jamtland.unit.eligibility.EligibilityAnswer;
import se.jamtland.unit.eligibility.EligibilityQuestion;
import se.jamtland.unit.identity.PersonalIdentityNumber;
import se.jamtland.unit.intake.EligibilityLookups;
import se.jamtland.unit.intake.IntakeLookups;

import java.time.LocalDate;
import java.util.Optional;

/** What a case's intake looks up: the catalog and villkor, and the unit's own cases. */
@Singleton
public class CaseIntakeLookups implements IntakeLookups {

    private final EligibilityLookups eligibility;
    private final CaseRecords records;
    private final AccessLog accessLog;

    public CaseIntakeLookups(EligibilityLookups eligibility, CaseRecords records, AccessLog accessLog) {
        this.eligibility = eligibility;
        this.records = records;
        this.accessLog = accessLog;
    }

    @Override
    public CatalogInsats insats(String insats, LocalDate date, String dateField) {
        return eligibility.insats(insats, date, dateField);
    }

    @Override
    public EligibilityAnswer villkor(EligibilityQuestion question, String dateField) {
        return eligibility.villkor(question, dateField);
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
