package se.jamtland.unit.cases;

import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import se.jamtland.problem.Problem;
import se.jamtland.problem.ProblemException;
import se.jamtland.unit.eligibility.CatalogInsats;
import se.jamtland.unit.eligibility.Eligibility;
import se.jamtland.unit.eligibility.EligibilityAnswer;
import se.jamtland.unit.eligibility.EligibilityQuestion;
import se.jamtland.unit.identity.IdentityScreen;
import se.jamtland.unit.identity.PersonalIdentityNumber;
import se.jamtland.unit.referral.Referrals;
import se.jamtland.events.DocumentationRegime;
import se.jamtland.unit.vocabulary.GuardianConsentStatus;
import se.jamtland.events.Vocabulary;
import se.jamtland.unit.web.CommandValidator;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Intake of a DEIDENTIFIED or INDIVIDUAL case. The regime comes from the catalog, never from the caller;
 * the villkor and guardian consent from eligibility-service, which gets no identity. Nothing is written
 * unless everything holds, except the de-identified count of a referral.
 */
@Singleton
public class OpeningCase {

    private final Eligibility eligibility;
    private final Referrals referrals;
    private final IdentityScreen identityScreen;
    private final CommandValidator validator;
    private final CaseLinkPolicy links;
    private final CaseRepository cases;
    private final CaseStore store;
    private final OneOpenCasePerInsats oneOpenCase;
    private final Clock clock;

    public OpeningCase(Eligibility eligibility, Referrals referrals, IdentityScreen identityScreen,
                       CommandValidator validator, CaseLinkPolicy links, CaseRepository cases, CaseStore store,
                       OneOpenCasePerInsats oneOpenCase, Clock clock) {
        this.eligibility = eligibility;
        this.referrals = referrals;
        this.identityScreen = identityScreen;
        this.validator = validator;
        this.links = links;
        this.cases = cases;
        this.store = store;
        this.oneOpenCase = oneOpenCase;
        this.clock = clock;
    }

    public CaseView open(OpenCaseCommand command) {
        identityScreen.requireNoIdentity(command.codeFields());
        validator.requireValid(command);
        LocalDate today = LocalDate.now(clock);
        LocalDate start = command.startDate() != null ? command.startDate() : today;
        if (start.isAfter(today)) {
            throw ProblemException.unprocessable("date-in-future", "Startdatum i framtiden",
                    "Ett ärende registreras när insatsen har börjat.", "startDate");
        }
        CatalogInsats insats = eligibility.insatsOfThisUnit(command.insats(), start, "startDate");
        DocumentationRegime regime = insats.regime();
        if (regime == DocumentationRegime.ADVISORY) {
            throw ProblemException.unprocessable("advisory-insats", "Insatsen registreras som rådgivande kontakt",
                    "Insatsen är av rådgivande karaktär (14 kap. 4 § SoL) och får inga ärenden. "
                            + "Registrera kontakten med POST /advisory-contacts.", "insats");
        }
        PersonalIdentityNumber identityNumber = identityFor(regime, command, today);
        AgeAndLegalGender person = AgeAndLegalGender.of(command, identityNumber, start);
        if (identityNumber != null) {
            oneOpenCase.requireNoOpenCase(identityNumber, insats.id());
        }
        String linked = linkedCase(insats.id(), command.linkedCaseCode());

        EligibilityAnswer answer = eligibility.check(
                new EligibilityQuestion(insats.id(), person.age(), person.legalGender(), start), "startDate");
        if (!answer.eligible()) {
            throw referrals.refer(insats.id(), start, person.age(), command.gender(), command.kommun(), answer);
        }
        boolean consentGiven = Boolean.TRUE.equals(command.guardianConsentGiven());
        if (answer.guardianConsentRequired()) {
            requireConsent(regime, command, consentGiven);
        }
        // Bilaga 1, avsnitt 1: 15-17-year-olds may come without their guardians knowing; then nothing is
        // disclosed to the guardians, and the flag says so wherever the case is shown.
        boolean guardianSecrecy = !answer.guardianConsentRequired() && person.age() < 18 && !consentGiven;

        CatalogInsats.SessionPlan plan = insats.sessionPlan();
        CaseRow row = new CaseRow(null, insats.id(), regime, start, Vocabulary.ageBand(person.age()),
                orUnknown(command.gender()), orUnknown(command.kommun()),
                answer.guardianConsentRequired() ? GuardianConsentStatus.GIVEN : GuardianConsentStatus.NOT_REQUIRED,
                guardianSecrecy, answer.catalogVersion(),
                plan == null ? null : plan.plannedSessions(), plan == null ? null : plan.plannedBoosterSessions(),
                plan == null ? null : plan.plannedFollowUpSessions(), plan == null ? null : plan.maxSessions(),
                linked, null, null, clock.instant());
        try {
            return store.create(row, regime == DocumentationRegime.INDIVIDUAL ? command.person() : null,
                    identityNumber, command.guardians());
        } catch (DataAccessException failed) {
            if (identityNumber != null && OneOpenCasePerInsats.lostTheRace(failed)) {
                // Another intake of the same person committed first; everything of this one was rolled back.
                oneOpenCase.requireNoOpenCase(identityNumber, insats.id());
            }
            throw failed;
        }
    }

    private PersonalIdentityNumber identityFor(DocumentationRegime regime, OpenCaseCommand command, LocalDate today) {
        if (regime == DocumentationRegime.DEIDENTIFIED) {
            if (command.carriesIdentity()) {
                // 14 kap. 5 § SoL: what can reveal identity must not be documented for this insats.
                throw ProblemException.unprocessable("identity-data-not-allowed",
                        "Uppgifter som kan röja identitet",
                        "Insatsen dokumenteras utan uppgifter som kan röja den enskildes identitet (14 kap. 5 § "
                                + "socialtjänstlagen). Ta bort person och vårdnadshavare. Inget har sparats.",
                        command.person() != null ? "person" : "guardians");
            }
            return null;
        }
        if (command.person() == null) {
            throw ProblemException.unprocessable("person-required", "Personuppgifter saknas",
                    "Insatsen dokumenteras på individnivå (14 kap. 3 § socialtjänstlagen) och kräver personens "
                            + "identitet.", "person");
        }
        return PersonalIdentityNumber.parse(command.person().identityNumber(), today)
                .orElseThrow(() -> ProblemException.unprocessable("invalid-identity-number",
                        "Ogiltigt personnummer",
                        "Personnumret eller samordningsnumret är inte giltigt: datumet eller kontrollsiffran stämmer "
                                + "inte.", List.of(Problem.FieldProblem.field("person/identityNumber",
                                "Inte ett giltigt personnummer eller samordningsnummer."))));
    }

    private void requireConsent(DocumentationRegime regime, OpenCaseCommand command, boolean consentGiven) {
        if (!consentGiven) {
            throw ProblemException.unprocessable("guardian-consent-required", "Vårdnadshavares samtycke krävs",
                    "Personen är under 15 år. Insatsen kan ges först när vårdnadshavarens samtycke är registrerat "
                            + "(guardianConsentGiven).", "guardianConsentGiven");
        }
        if (regime == DocumentationRegime.INDIVIDUAL && (command.guardians() == null || command.guardians().isEmpty())) {
            throw ProblemException.unprocessable("guardians-required", "Vårdnadshavare saknas",
                    "Samtycke krävs och insatsen dokumenteras på individnivå: ange vårdnadshavare.", "guardians");
        }
    }

    private String linkedCase(String insats, String linkedCaseCode) {
        if (linkedCaseCode == null) {
            return null;
        }
        boolean allowed = cases.findById(linkedCaseCode)
                .map(linked -> links.mayLink(insats, linked.insats()))
                .orElse(false);
        if (!allowed) {
            throw ProblemException.unprocessable("invalid-case-link", "Ärendet kan inte kopplas",
                    "Det finns inget ärende med det numret som insatsen kan kopplas till.", "linkedCaseCode");
        }
        return linkedCaseCode;
    }

    private static String orUnknown(String value) {
        return value == null ? "unknown" : value;
    }
}
