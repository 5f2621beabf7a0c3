package se.jamtland.barnahus.krissamtal;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import se.jamtland.problem.ProblemException;
import se.jamtland.unit.advisory.AdvisoryContactRow;
import se.jamtland.unit.advisory.AdvisoryContactView;
import se.jamtland.unit.advisory.RecordingAdvisoryContact;
import se.jamtland.unit.web.CommandValidator;

import java.time.LocalDate;
import java.util.Set;

/** Krissamtal (5.1): an advisory contact plus the barnförhör it belongs to, written together or not at all. */
@Singleton
public class RecordingKrissamtal {

    private final RecordingAdvisoryContact contacts;
    private final KrissamtalStore store;
    private final CommandValidator validator;

    public RecordingKrissamtal(RecordingAdvisoryContact contacts, KrissamtalStore store, CommandValidator validator) {
        this.contacts = contacts;
        this.store = store;
        this.validator = validator;
    }

    @Serdeable
    public record KrissamtalView(AdvisoryContactView contact, LocalDate interviewDate, Set<Participant> participants) {
    }

    public KrissamtalView record(RecordKrissamtalCommand command) {
        validator.requireValid(command);
        AdvisoryContactRow contact = contacts.decide(command.asAdvisoryContact());
        // "I samband med att ett barn ska på barnförhör": on the day or in the days before, not long after.
        if (contact.contactDate().isAfter(command.interviewDate().plusDays(1))) {
            throw ProblemException.unprocessable("krissamtal-after-interview", "Krissamtalet är för sent",
                    "Krissamtal hålls i samband med barnförhöret, senast dagen efter.", "interviewDate");
        }
        return store.save(contact, command);
    }
}
