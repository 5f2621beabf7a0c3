package se.jamtland.cmv.groups;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import se.jamtland.problem.ProblemException;
import se.jamtland.unit.eligibility.CatalogInsats;
import se.jamtland.unit.eligibility.Eligibility;
import se.jamtland.unit.outbox.ActivityEvents;
import se.jamtland.unit.outbox.Outbox;
import se.jamtland.unit.web.CommandValidator;
import se.jamtland.unit.web.PageView;
import se.jamtland.unit.web.Paging;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Gruppverksamhet (2.9) as group cycles: "löpande intag ... ca 10 tillfällen, 1 gång per vecka". Each woman's
 * own contact is an advisory contact; the group itself is counted per session by how many took part.
 */
@Singleton
public class RunningGroups {

    static final String GRUPPVERKSAMHET = "cmv-gruppverksamhet";

    private final GroupCycleRepository groups;
    private final GroupSessionRepository sessions;
    private final Eligibility eligibility;
    private final CommandValidator validator;
    private final Outbox outbox;
    private final ActivityEvents events;
    private final Clock clock;

    public RunningGroups(GroupCycleRepository groups, GroupSessionRepository sessions, Eligibility eligibility,
                         CommandValidator validator, Outbox outbox, ActivityEvents events, Clock clock) {
        this.outbox = outbox;
        this.events = events;
        this.groups = groups;
        this.sessions = sessions;
        this.eligibility = eligibility;
        this.validator = validator;
        this.clock = clock;
    }

    public GroupView start(GroupCommands.StartGroupCommand command) {
        validator.requireValid(command);
        CatalogInsats insats = eligibility.insatsOfThisUnit(GRUPPVERKSAMHET, command.startDate(), "startDate");
        int planned = command.plannedSessions() != null ? command.plannedSessions()
                : insats.sessionPlan() != null && insats.sessionPlan().plannedSessions() != null
                ? insats.sessionPlan().plannedSessions() : 10;
        GroupCycleRow row = groups.save(new GroupCycleRow(null, insats.id(), command.startDate(), planned,
                catalogVersionOf(command.startDate()), clock.instant()));
        return view(row);
    }

    @Transactional
    public GroupView recordSession(long groupId, GroupCommands.RecordGroupSessionCommand command) {
        validator.requireValid(command);
        GroupCycleRow group = require(groupId);
        if (command.date().isBefore(group.startDate()) || command.date().isAfter(LocalDate.now(clock))) {
            throw ProblemException.unprocessable("date-outside-group", "Datum utanför gruppen",
                    "Datumet ska vara från gruppens start (" + group.startDate() + ") till idag.", "date");
        }
        sessions.save(new GroupSessionRow(null, groupId, command.date(), command.participantCount(), clock.instant()));
        outbox.append(events.groupSession(group.insats(), command.date(), command.participantCount(),
                group.catalogVersion()));
        return view(group);
    }

    @Transactional
    public GroupView view(long groupId) {
        return view(require(groupId));
    }

    public PageView<GroupView> list(Integer page, Integer size) {
        return PageView.of(groups.list(Paging.of(page, size)), this::view);
    }

    private GroupView view(GroupCycleRow row) {
        List<GroupView.Session> held = sessions.findByGroup(row.id()).stream()
                .map(session -> new GroupView.Session(session.sessionDate(), session.participantCount())).toList();
        return new GroupView(row.id(), row.insats(), row.startDate(), row.plannedSessions(), held.size(),
                row.catalogVersion(), held);
    }

    private GroupCycleRow require(long groupId) {
        return groups.findById(groupId).orElseThrow(() -> ProblemException.notFound("group-not-found",
                "Gruppen finns inte", "Det finns ingen grupp med det id:t."));
    }

    private String catalogVersionOf(LocalDate date) {
        return eligibility.catalogVersionOn(date, "startDate");
    }
}
