package se.jamtland.barnahus.krissamtal;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import se.jamtland.unit.advisory.AdvisoryContactStore;
import se.jamtland.unit.advisory.AdvisoryContactRow;
import se.jamtland.unit.advisory.AdvisoryContactView;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Writes the contact and its barnförhör detail in one transaction: both or neither. */
@Singleton
public class KrissamtalStore {

    private final AdvisoryContactStore contacts;
    private final KrissamtalDetailRepository details;

    public KrissamtalStore(AdvisoryContactStore contacts, KrissamtalDetailRepository details) {
        this.contacts = contacts;
        this.details = details;
    }

    @Transactional
    public RecordingKrissamtal.KrissamtalView save(AdvisoryContactRow contact, RecordKrissamtalCommand command) {
        AdvisoryContactRow saved = contacts.save(contact);
        Set<Participant> participants = new TreeSet<>(command.participants());
        details.save(new KrissamtalDetailRow(saved.id(), command.interviewDate(),
                participants.stream().map(Enum::name).collect(Collectors.joining(","))));
        return new RecordingKrissamtal.KrissamtalView(AdvisoryContactView.of(saved), command.interviewDate(), participants);
    }
}
