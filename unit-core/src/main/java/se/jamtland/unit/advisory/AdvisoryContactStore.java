package se.jamtland.unit.advisory;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import se.jamtland.unit.outbox.ActivityEvents;
import se.jamtland.unit.outbox.Outbox;

/** Saves an advisory contact and its de-identified event together. */
@Singleton
public class AdvisoryContactStore {

    private final AdvisoryContactRepository contacts;
    private final Outbox outbox;
    private final ActivityEvents events;

    public AdvisoryContactStore(AdvisoryContactRepository contacts, Outbox outbox, ActivityEvents events) {
        this.contacts = contacts;
        this.outbox = outbox;
        this.events = events;
    }

    @Transactional
    public AdvisoryContactRow save(AdvisoryContactRow contact) {
        AdvisoryContactRow saved = contacts.save(contact);
        outbox.append(events.advisoryContact(saved));
        return saved;
    }
}
