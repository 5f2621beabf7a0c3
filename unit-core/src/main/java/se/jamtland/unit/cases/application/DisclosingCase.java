package se.jamtland.unit.cases.application;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import se.jamtland.unit.audit.AccessLog;
import se.jamtland.unit.audit.AuditAction;
import se.jamtland.unit.cases.infrastructure.CaseRecords;
import se.jamtland.unit.policy.Outcome;
import se.jamtland.unit.web.CommandValidator;

import java.time.Clock;

/**
 * Disclosure (utlämnande) of a record outside the unit, e.g. to the person or their guardian; never to a guardian
 * of a case under guardian secrecy (see {@link se.jamtland.unit.cases.model.Case#refusesDisclosureTo}). An
 * INDIVIDUAL record's disclosure is an EXPORT in its access log.
 */
@Singleton
public class DisclosingCase {

    private final CaseRecords records;
    private final CaseViews views;
    private final CommandValidator validator;
    private final AccessLog accessLog;
    private final Clock clock;

    public DisclosingCase(CaseRecords records, CaseViews views, CommandValidator validator, AccessLog accessLog,
                          Clock clock) {
        this.records = records;
        this.views = views;
        this.validator = validator;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    @Transactional
    public Outcome<DisclosureView> disclose(String caseCode, DiscloseCaseCommand command) {
        validator.requireValid(command);
        return CaseRefusals.withCase(records, caseCode, found -> found.refusesDisclosureTo(command.recipient())
                .<Outcome<DisclosureView>>map(Outcome::refused)
                .orElseGet(() -> {
                    if (found.isAccessLogged()) {
                        accessLog.record(found.code(), AuditAction.EXPORT);
                    }
                    return Outcome.done(new DisclosureView(found.code(), command.recipient(), clock.instant(),
                            views.of(found)));
                }));
    }
}
