package se.jamtland.unit.advisory;

import jakarta.inject.Singleton;
import se.jamtland.problem.ProblemException;
import se.jamtland.unit.eligibility.CatalogInsats;
import se.jamtland.unit.eligibility.Eligibility;
import se.jamtland.unit.eligibility.EligibilityAnswer;
import se.jamtland.unit.eligibility.EligibilityQuestion;
import se.jamtland.unit.identity.IdentityScreen;
import se.jamtland.unit.referral.Referrals;
import se.jamtland.events.DocumentationRegime;
import se.jamtland.unit.vocabulary.TopicCode;
import se.jamtland.events.Vocabulary;
import se.jamtland.unit.web.CommandValidator;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/** Registers an advisory contact (14 kap. 4 § SoL) after its villkor are decided by eligibility-service. */
@Singleton
public class RecordingAdvisoryContact {

    private final AdvisoryContactStore store;
    private final Eligibility eligibility;
    private final Referrals referrals;
    private final IdentityScreen identityScreen;
    private final ChannelPolicy channels;
    private final CommandValidator validator;
    private final Clock clock;

    public RecordingAdvisoryContact(AdvisoryContactStore store, Eligibility eligibility, Referrals referrals,
                                    IdentityScreen identityScreen, ChannelPolicy channels, CommandValidator validator,
                                    Clock clock) {
        this.store = store;
        this.eligibility = eligibility;
        this.referrals = referrals;
        this.identityScreen = identityScreen;
        this.channels = channels;
        this.validator = validator;
        this.clock = clock;
    }

    public AdvisoryContactView record(RecordAdvisoryContactCommand command) {
        return AdvisoryContactView.of(store.save(decide(command)));
    }

    /**
     * Every check and the villkor decision, without writing: the contact as it will be saved. A unit that
     * stores more with the contact (Barnahus) saves both in one transaction.
     */
    public AdvisoryContactRow decide(RecordAdvisoryContactCommand command) {
        // Identity first: a personnummer typed into a code field gets the answer that says what it is.
        identityScreen.requireNoIdentity(command.texts());
        validator.requireValid(command);
        LocalDate date = command.date() != null ? command.date() : LocalDate.now(clock);
        if (date.isAfter(LocalDate.now(clock))) {
            throw ProblemException.unprocessable("date-in-future", "Datum i framtiden",
                    "En kontakt registreras när den har ägt rum.", "date");
        }
        CatalogInsats insats = eligibility.insatsOfThisUnit(command.insats(), date, "date");
        if (insats.regime() != DocumentationRegime.ADVISORY) {
            throw ProblemException.unprocessable("not-an-advisory-insats", "Insatsen dokumenteras som ärende",
                    "Insatsen är inte av rådgivande karaktär (14 kap. 4 § SoL). Registrera den med POST /cases.",
                    "insats");
        }
        channels.requireAllowed(insats.id(), command.channel(), "channel");
        EligibilityAnswer answer = eligibility.check(
                new EligibilityQuestion(insats.id(), command.age(), command.legalGender(), date), "date");
        if (!answer.eligible()) {
            throw referrals.refer(insats.id(), date, command.age(), command.gender(), command.kommun(), answer);
        }
        if (answer.guardianConsentRequired() && !Boolean.TRUE.equals(command.guardianConsentGiven())) {
            throw ProblemException.unprocessable("guardian-consent-required", "Vårdnadshavares samtycke krävs",
                    "Personen är under 15 år. Kontakten kan registreras först när vårdnadshavarens samtycke är "
                            + "givet (guardianConsentGiven).", "guardianConsentGiven");
        }
        String ageBand = command.age() != null ? Vocabulary.ageBand(command.age())
                : orUnknown(command.ageBand());
        List<TopicCode> topics = command.topicCodes() == null ? List.of() : command.topicCodes();
        return new AdvisoryContactRow(null, insats.id(), date, command.channel(),
                command.askedBy(), ageBand, orUnknown(command.gender()), orUnknown(command.kommun()),
                topics.stream().distinct().map(Enum::name).collect(Collectors.joining(",")),
                command.durationMinutes(), command.participantCount(), answer.catalogVersion(), clock.instant());
    }

    private static String orUnknown(String value) {
        return value == null ? "unknown" : value;
    }
}
