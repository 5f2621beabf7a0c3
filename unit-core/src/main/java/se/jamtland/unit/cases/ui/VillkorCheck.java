package se.jamtland.unit.cases.ui;

import io.micronaut.core.annotation.Nullable;
import se.jamtland.events.Vocabulary;
import se.jamtland.unit.eligibility.EligibilityAnswer;
import se.jamtland.unit.policy.Refusal;
import se.jamtland.unit.referral.ReferringToNeedsAssessment;

import java.util.List;

/**
 * What the intake page says about the villkor and guardian consent for the age typed so far: eligibility-service's
 * answer as staff read it, before anything is registered. The rules are the catalog's (its villkor, its
 * {@code guardianConsentRule}); this only shows them. The intake itself decides again when the case is opened.
 *
 * @param asked        whether the villkor could be checked (an age was given and eligibility-service answered)
 * @param referral     the referral to a needs assessment when a villkor is not met (Bilaga 1, avsnitt 1)
 * @param unmetCodes   the codes of the villkor not met ({@code MIN_AGE}), for an aktualisering
 * @param consentStep  under the catalog's consent age: a guardian's consent is needed (föräldrabalken 6 kap. 11 §)
 * @param secrecy      between the consent age and the age of majority: the person may come without the guardians'
 *                     consent and then without their knowing (12 kap. 3 § offentlighets- och sekretesslagen)
 * @param kommunName   the person's kommun by name, where it was chosen, to say where the needs assessment is made
 * @param problem      why the villkor could not be checked (eligibility-service down, an age out of range)
 * @param aktualisering where staff register an aktualisering for the referral, when the insats takes identity
 */
public record VillkorCheck(boolean asked, @Nullable Refusal referral, List<String> unmetCodes, boolean consentStep,
                           int consentBelowAge, boolean secrecy, int secrecyBelowAge, @Nullable String kommunName,
                           @Nullable String problem, @Nullable String aktualisering) {

    static VillkorCheck notAsked(@Nullable String kommun) {
        return new VillkorCheck(false, null, List.of(), false, 0, false, 0, kommunName(kommun), null, null);
    }

    static VillkorCheck failed(String problem, @Nullable String kommun) {
        return new VillkorCheck(false, null, List.of(), false, 0, false, 0, kommunName(kommun), problem, null);
    }

    static VillkorCheck of(EligibilityAnswer answer, int age, @Nullable String kommun) {
        EligibilityAnswer.GuardianConsentRule rule = answer.guardianConsentRule();
        if (!answer.eligible()) {
            return new VillkorCheck(true, ReferringToNeedsAssessment.referralOf(answer),
                    answer.unmetConditions().stream().map(EligibilityAnswer.UnmetCondition::condition).toList(),
                    false, 0, false, 0, kommunName(kommun), null, null);
        }
        boolean consent = answer.guardianConsentRequired();
        boolean secrecy = !consent && rule != null && age < rule.guardianSecrecyBelowAge();
        return new VillkorCheck(true, null, List.of(), consent, rule == null ? 0 : rule.requiredBelowAge(), secrecy,
                rule == null ? 0 : rule.guardianSecrecyBelowAge(), kommunName(kommun), null, null);
    }

    /** The consent step also when the intake itself asked for it (the personnummer, not a typed age, decided). */
    VillkorCheck withConsentStep() {
        return new VillkorCheck(asked, referral, unmetCodes, true, consentBelowAge, false, secrecyBelowAge,
                kommunName, problem, aktualisering);
    }

    /** The referral with the way to an aktualisering (an INDIVIDUAL insats: its record may hold the identity). */
    VillkorCheck withAktualisering(String path) {
        return referral == null ? this : new VillkorCheck(asked, referral, unmetCodes, consentStep, consentBelowAge,
                secrecy, secrecyBelowAge, kommunName, problem, path);
    }

    public boolean met() {
        return asked && referral == null;
    }

    private static @Nullable String kommunName(@Nullable String kommun) {
        return kommun == null ? null : Vocabulary.KOMMUN_NAMES.get(kommun);
    }
}
