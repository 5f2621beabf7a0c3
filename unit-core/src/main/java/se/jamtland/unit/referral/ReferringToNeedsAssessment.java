package se.jamtland.unit.referral;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import se.jamtland.events.Vocabulary;
import se.jamtland.unit.eligibility.EligibilityAnswer;
import se.jamtland.unit.outbox.ActivityEvents;
import se.jamtland.unit.outbox.Outbox;
import se.jamtland.unit.policy.Refusal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A villkor not met is never a bare "no": the person is referred to the socialnämnd's needs assessment
 * (biståndsbedömning), and the referral is counted, de-identified, for the county's follow-up.
 */
@Singleton
public class ReferringToNeedsAssessment {

    private final ReferralRepository referrals;
    private final Outbox outbox;
    private final ActivityEvents events;
    private final Clock clock;

    public ReferringToNeedsAssessment(ReferralRepository referrals, Outbox outbox, ActivityEvents events,
                                      Clock clock) {
        this.referrals = referrals;
        this.outbox = outbox;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Counts the referral, committed here whatever the caller does next, and returns what tells staff to refer
     * the person; nothing else is written.
     */
    @Transactional
    public Refusal refer(String insats, LocalDate date, @Nullable Integer age, @Nullable String gender,
                         @Nullable String kommun, EligibilityAnswer answer) {
        String ageBand = Vocabulary.ageBand(age);
        outbox.append(events.referral(insats, answer.regime().name(), date, ageBand, Vocabulary.orUnknown(gender),
                Vocabulary.orUnknown(kommun), answer.catalogVersion()));
        referrals.save(new ReferralRow(null, insats, date, ageBand,
                answer.unmetConditions().stream().map(EligibilityAnswer.UnmetCondition::condition)
                        .collect(Collectors.joining(",")),
                answer.catalogVersion(), clock.instant()));
        return referralOf(answer);
    }

    /**
     * What tells staff to refer the person, without counting anything: the staff page shows it as soon as the
     * villkor are checked, before anyone registers (issue 13); the count comes with the intake itself.
     */
    public static Refusal referralOf(EligibilityAnswer answer) {
        List<Refusal.FieldNote> unmet = answer.unmetConditions().stream()
                .map(condition -> new Refusal.FieldNote(fieldOf(condition.condition()),
                        "Villkoret är inte uppfyllt: " + condition.description() + "."))
                .toList();
        return Refusal.ruleNotMet("refer-to-needs-assessment", "Hänvisa till biståndsbedömning",
                "Villkoren för insatsen är inte uppfyllda, så den kan inte ges utan individuell behovsprövning. "
                        + "Hänvisa personen till socialnämndens biståndsbedömning. Inget ärende har registrerats.",
                unmet);
    }

    private static String fieldOf(String condition) {
        return "LEGAL_GENDER".equals(condition) ? "legalGender" : "age";
    }
}
