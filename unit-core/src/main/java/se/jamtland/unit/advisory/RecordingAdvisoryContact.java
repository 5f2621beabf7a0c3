package se.jamtland.unit.advisory;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import se.jamtland.events.Vocabulary;
import se.jamtland.unit.identity.IdentityFreeFields;
import se.jamtland.unit.intake.CaseLookups;
import se.jamtland.unit.intake.EligibilityLookups;
import se.jamtland.unit.intake.Intake;
import se.jamtland.unit.intake.IntakeRequest;
import se.jamtland.unit.intake.Intaking;
import se.jamtland.unit.outbox.ActivityEvents;
import se.jamtland.unit.outbox.Outbox;
import se.jamtland.unit.policy.Outcome;
import se.jamtland.unit.policy.Refusal;
import se.jamtland.unit.vocabulary.TopicCode;
import se.jamtland.unit.visitor.VisitorCodeKey;
import se.jamtland.unit.visitor.VisitorPseudonym;
import se.jamtland.unit.visitor.VisitorRegister;
import se.jamtland.unit.web.CommandValidator;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Registers an advisory contact (14 kap. 4 § SoL) once every intake policy allows it: the contact and its
 * de-identified event in one transaction. Nothing about the person is stored beyond the vocabulary's categories.
 */
@Singleton
public class RecordingAdvisoryContact {

    private final IdentityFreeFields identityFreeFields;
    private final CommandValidator validator;
    private final Intaking intaking;
    private final EligibilityLookups catalog;
    private final AdvisoryContactRepository contacts;
    private final Outbox outbox;
    private final ActivityEvents events;
    private final VisitorCodeKey visitorCodeKey;
    private final VisitorRegister visitors;
    private final Clock clock;

    public RecordingAdvisoryContact(IdentityFreeFields identityFreeFields, CommandValidator validator,
                                    Intaking intaking, EligibilityLookups catalog, AdvisoryContactRepository contacts,
                                    Outbox outbox, ActivityEvents events, VisitorCodeKey visitorCodeKey,
                                    VisitorRegister visitors, Clock clock) {
        this.identityFreeFields = identityFreeFields;
        this.validator = validator;
        this.intaking = intaking;
        this.catalog = catalog;
        this.contacts = contacts;
        this.outbox = outbox;
        this.events = events;
        this.visitorCodeKey = visitorCodeKey;
        this.visitors = visitors;
        this.clock = clock;
    }

    public Outcome<AdvisoryContactView> record(RecordAdvisoryContactCommand command) {
        return decide(command, null).map(contact -> AdvisoryContactView.of(save(contact,
                command.visitorCode() == null ? null : visitorCodeKey.pseudonymOf(contact.insats(), command.visitorCode()))));
    }

    /**
     * Every policy, without writing: the contact as it will be saved. {@code interviewDate} is the barnförhör a
     * krissamtal belongs to (Barnahus, 5.1), else null. A unit that stores more with the contact saves both in one
     * transaction, with {@link #save}.
     */
    public Outcome<AdvisoryContactRow> decide(RecordAdvisoryContactCommand command, @Nullable LocalDate interviewDate) {
        // Identity first: a personnummer typed into a code field gets the answer that says what it is.
        Optional<Refusal> identityInCodes = identityFreeFields.refusalOf(command.texts());
        if (identityInCodes.isPresent()) {
            return Outcome.refused(identityInCodes.get());
        }
        validator.requireValid(command);
        if (command.visitorCode() != null) {
            visitorCodeKey.requireKey();
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate date = command.date() != null ? command.date() : today;
        Intake intake = new Intake(IntakeRequest.advisoryContact(command.insats(), date, today, command.age(),
                command.legalGender(), command.channel(), Boolean.TRUE.equals(command.guardianConsentGiven()),
                interviewDate), catalog, CaseLookups.NONE);
        Optional<Refusal> refusal = intaking.refusalOf(intake, command.gender(), command.kommun());
        if (refusal.isPresent()) {
            return Outcome.refused(refusal.get());
        }
        String ageBand = command.age() != null ? Vocabulary.ageBand(command.age()) : Vocabulary.orUnknown(command.ageBand());
        List<TopicCode> topics = command.topicCodes() == null ? List.of() : command.topicCodes();
        return Outcome.done(new AdvisoryContactRow(null, intake.insats().id(), date, command.channel(),
                command.askedBy(), ageBand, Vocabulary.orUnknown(command.gender()), Vocabulary.orUnknown(command.kommun()),
                topics.stream().distinct().map(Enum::name).collect(Collectors.joining(",")),
                command.durationMinutes(), command.participantCount(), intake.answer().catalogVersion(),
                clock.instant(), null));
    }

    /** The contact and its de-identified event, together. */
    @Transactional
    public AdvisoryContactRow save(AdvisoryContactRow contact) {
        return save(contact, null);
    }

    /** The contact, the visit in the visitor register when a code was given, and the event, together. */
    @Transactional
    public AdvisoryContactRow save(AdvisoryContactRow contact, @Nullable VisitorPseudonym visitor) {
        AdvisoryContactRow counted = visitor == null ? contact
                : contact.withFirstVisit(visitors.firstVisit(visitor, contact.contactDate()));
        AdvisoryContactRow saved = contacts.save(counted);
        outbox.append(events.advisoryContact(saved));
        return saved;
    }
}
