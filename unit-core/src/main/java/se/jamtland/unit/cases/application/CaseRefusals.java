package se.jamtland.unit.cases.application;

import se.jamtland.unit.cases.infrastructure.CaseRecords;
import se.jamtland.unit.cases.model.Case;
import se.jamtland.unit.policy.Outcome;

import java.util.function.Function;

/** The first step of every verb on an existing case: find it, or answer that there is none here. */
final class CaseRefusals {

    private CaseRefusals() {
    }

    static <T> Outcome<T> withCase(CaseRecords records, String caseCode, Function<Case, Outcome<T>> then) {
        return records.find(caseCode).map(then).orElseGet(() -> Outcome.refused(Case.notFound()));
    }
}
