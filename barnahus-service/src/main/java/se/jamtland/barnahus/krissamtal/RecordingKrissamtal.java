package se.jamtland.barnahus.krissamtal;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import se.jamtland.unit.advisory.AdvisoryContactRow;
import se.jamtland.unit.advisory.AdvisoryContactView;
import se.jamtland.unit.advisory.RecordingAdvisoryContact;
import se.jamtland.unit.policy.Outcome;
import se.jamtland.unit.web.CommandValidator;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Krissamtal (5.1): an advisory contact plus the barnförhör it belongs to, through the same intake policies as
 * every contact (the catalog's window around the barnförhör among them), written together or not at all.
 */
@Singleton
public class RecordingKrissamtal {

    private final RecordingAdvisoryContact contacts;
    private final KrissamtalDetailRepository details;
    private final CommandValidator validator;

    public RecordingKrissamtal(RecordingAdvisoryContact contacts, KrissamtalDetailRepository details,
                               CommandValidator validator) {
        this.contacts = contacts;
        this.details = details;
        this.validator = validator;
    }

    @Serdeable
    public record KrissamtalView(AdvisoryContactView contact, LocalDate interviewDate, Set<Participant> participants) {
    }

    public Outcome<KrissamtalView> record(RecordKrissamtalCommand command) {
        validator.requireValid(command);
        return contacts.decide(command.asAdvisoryContact(), command.interviewDate())
                .map(contact -> save(contact, command));
    }

    /** The contact, its event and its barnförhör detail: both or neither. */
    @Transactional
    protected KrissamtalView save(AdvisoryContactRow contact, RecordKrissamtalCommand command) {
        AdvisoryContactRow saved = contacts.save(contact);
        Set<Participant> participants = new TreeSet<>(command.participants());
        details.save(new KrissamtalDetailRow(saved.id(), command.interviewDate(),
                participants.stream().map(Enum::name).collect(Collectors.joining(","))));
        return new KrissamtalView(AdvisoryContactView.of(saved), command.interviewDate(), participants);
    }
}
