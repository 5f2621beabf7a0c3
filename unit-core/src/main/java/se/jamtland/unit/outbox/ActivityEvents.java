package se.jamtland.unit.outbox;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import se.jamtland.events.ActivityEvent;
import se.jamtland.events.ActivityKind;
import se.jamtland.unit.UnitIdentity;
import se.jamtland.unit.advisory.AdvisoryContactRow;
import se.jamtland.unit.cases.model.Case;
import se.jamtland.events.Channel;
import se.jamtland.events.ClosureReason;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Turns the unit's records into de-identified events. Only categories leave: never the case code, a note,
 * the person or the exact age (domain.md, principle 5).
 */
@Singleton
public class ActivityEvents {

    private final UnitIdentity unit;
    private final Clock clock;

    public ActivityEvents(UnitIdentity unit, Clock clock) {
        this.unit = unit;
        this.clock = clock;
    }

    public ActivityEvent advisoryContact(AdvisoryContactRow contact) {
        return ActivityEvent.of(ActivityKind.ADVISORY_CONTACT, unit.id(), contact.insats(), "ADVISORY",
                contact.contactDate(), contact.ageBand(), contact.gender(), contact.kommun(),
                contact.channel().name(), contact.participantCount(), null, contact.catalogVersion(), clock.instant())
                .withFirstVisit(contact.firstVisit());
    }

    public ActivityEvent caseEvent(ActivityKind kind, Case record, LocalDate date, @Nullable Channel channel,
                                   @Nullable Integer participantCount, @Nullable ClosureReason reason) {
        return ActivityEvent.of(kind, unit.id(), record.insats(), record.regime().name(), date,
                record.profile().ageBand(), record.profile().gender(), record.profile().kommun(),
                channel == null ? null : channel.name(), participantCount, reason == null ? null : reason.name(),
                record.catalogVersion(), clock.instant());
    }

    public ActivityEvent referral(String insats, String regime, LocalDate date, String ageBand, String gender,
                                  String kommun, String catalogVersion) {
        return ActivityEvent.of(ActivityKind.REFERRED_TO_NEEDS_ASSESSMENT, unit.id(), insats, regime, date, ageBand,
                gender, kommun, null, null, null, catalogVersion, clock.instant());
    }

    /** A group session: how many took part; who they were is not known here (14 kap. 4 § SoL). */
    public ActivityEvent groupSession(String insats, LocalDate date, int participantCount, String catalogVersion) {
        return ActivityEvent.of(ActivityKind.GROUP_SESSION_HELD, unit.id(), insats, "ADVISORY", date, "unknown",
                "unknown", "unknown", "VISIT", participantCount, null, catalogVersion, clock.instant());
    }
}
