package se.jamtland.unit.intake;

import se.jamtland.unit.eligibility.CatalogInsats;
import se.jamtland.unit.eligibility.EligibilityAnswer;
import se.jamtland.unit.eligibility.EligibilityQuestion;
import se.jamtland.unit.identity.PersonalIdentityNumber;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One intake in progress: the request and what has been looked up for it. The catalog and eligibility-service
 * are asked only when a policy first needs them, so the policies' order is also the order of the calls: a date in
 * the future is answered without asking anyone, an identity error before the villkor are decided.
 */
public final class Intake {

    private final IntakeRequest request;
    private final CatalogLookups catalog;
    private final CaseLookups cases;
    private CatalogInsats insats;
    private Optional<PersonalIdentityNumber> identityNumber;
    private EligibilityAnswer answer;

    public Intake(IntakeRequest request, CatalogLookups catalog, CaseLookups cases) {
        this.request = request;
        this.catalog = catalog;
        this.cases = cases;
    }

    public IntakeRequest request() {
        return request;
    }

    /** The unit's own cases, for the policies that ask about them. */
    public CaseLookups cases() {
        return cases;
    }

    public LocalDate date() {
        return request.date();
    }

    /** The insats as the catalog in force on the date has it. */
    public CatalogInsats insats() {
        if (insats == null) {
            insats = catalog.insats(request.insats(), request.date(), request.door().dateField());
        }
        return insats;
    }

    /** The identity number of an INDIVIDUAL case, when the request gave a valid one. */
    public Optional<PersonalIdentityNumber> identityNumber() {
        if (identityNumber == null) {
            identityNumber = request.identityNumber() == null ? Optional.empty()
                    : PersonalIdentityNumber.parse(request.identityNumber(), request.today());
        }
        return identityNumber;
    }

    /**
     * The age on the date: the identity number decides it where there is one (a mistyped age must never switch
     * off the protection a 15-17-year-old has from their guardians), else what staff stated.
     */
    public Integer age() {
        return identityNumber().map(number -> (Integer) number.ageOn(request.date())).orElse(request.statedAge());
    }

    /** The legal gender the villkor are decided by: from the identity number where there is one. */
    public String legalGender() {
        return identityNumber().map(PersonalIdentityNumber::legalGender).orElse(request.statedLegalGender());
    }

    /** eligibility-service's decision on the villkor for this person and date, asked once. */
    public EligibilityAnswer answer() {
        if (answer == null) {
            answer = catalog.villkor(new EligibilityQuestion(insats().id(), age(), legalGender(), request.date()),
                    request.door().dateField());
        }
        return answer;
    }

    /**
     * Whether the person is protected from their guardians: a young person the catalog lets come without consent
     * (15-17, Bilaga 1, avsnitt 1) who came without it. Then nothing of the record is disclosed to the guardians
     * (12 kap. 3 § offentlighets- och sekretesslagen), and the flag says so wherever the record is shown.
     */
    public boolean guardianSecrecy() {
        EligibilityAnswer.GuardianConsentRule rule = answer().guardianConsentRule();
        return !answer().guardianConsentRequired() && age() != null && !request.guardianConsentGiven()
                && age() < rule.guardianSecrecyBelowAge();
    }
}
