package se.jamtland.cmv.groups.ui;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.validation.ConstraintViolationException;
import se.jamtland.access.Roles;
import se.jamtland.cmv.groups.GroupCommands;
import se.jamtland.cmv.groups.GroupView;
import se.jamtland.cmv.groups.RunningGroups;
import se.jamtland.cmv.ui.CmvRoutes;
import se.jamtland.problem.ProblemException;
import se.jamtland.unit.ui.FormErrors;
import se.jamtland.unit.ui.FormReading;
import se.jamtland.unit.ui.ProblemFormErrors;
import se.jamtland.unit.web.PageView;
import se.jamtland.webui.page.FormError;
import se.jamtland.webui.page.PageModel;
import se.jamtland.webui.page.RefusalPages;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gruppverksamhet's pages (2.9, "löpande intag ... ca 10 tillfällen, 1 gång per vecka"): the group cycles, one
 * cycle with its sessions held against the plan, starting a cycle and registering a group session by the number
 * who took part. No participant is ever named (14 kap. 4 § SoL), so no form here has an identity field. The
 * rules are {@link RunningGroups}'s; a page shows its refusals by the fields they name.
 */
@Hidden
@Controller
@Produces(MediaType.TEXT_HTML)
@Secured({Roles.STAFF, Roles.UNIT_MANAGER})
@ExecuteOn(TaskExecutors.BLOCKING)
public class GroupPagesController {

    private final RunningGroups groups;
    private final PageModel pages;
    private final RefusalPages refusals;
    private final Clock clock;

    public GroupPagesController(RunningGroups groups, PageModel pages, RefusalPages refusals, Clock clock) {
        this.groups = groups;
        this.pages = pages;
        this.refusals = refusals;
        this.clock = clock;
    }

    @Get(CmvRoutes.GROUPS)
    public ModelAndView<Map<String, Object>> list(@QueryValue @Nullable String sida) {
        return listPage(pageNumber(sida), Map.of(), List.of());
    }

    @Post(value = CmvRoutes.GROUPS, consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> start(HttpRequest<?> request, @Body Map<String, String> form) {
        FormReading reading = new FormReading(form);
        LocalDate startDate = reading.date("startDate");
        Integer planned = reading.optionalCount("plannedSessions");
        if (reading.errors().isEmpty()) {
            try {
                GroupView started = groups.start(new GroupCommands.StartGroupCommand(startDate, planned));
                pages.confirm(request, "Gruppen är startad.");
                return HttpResponse.seeOther(URI.create(CmvRoutes.group(started.id())));
            } catch (ConstraintViolationException invalid) {
                reading.add(FormErrors.of(invalid));
            } catch (ProblemException refused) {
                return HttpResponse.status(statusOf(refused))
                        .body(listPage(0, form, ProblemFormErrors.of(refused)));
            }
        }
        return HttpResponse.unprocessableEntity().body(listPage(0, form, reading.errors()));
    }

    @Get(CmvRoutes.GROUP)
    public HttpResponse<?> group(HttpRequest<?> request, @PathVariable String id) {
        Long groupId = idOf(id);
        if (groupId == null) {
            return notFound(request);
        }
        try {
            return HttpResponse.ok(groupPage(groups.view(groupId),
                    Map.of("date", LocalDate.now(clock).toString()), List.of()));
        } catch (ProblemException missing) {
            return notFound(request);
        }
    }

    @Post(value = CmvRoutes.GROUP_SESSIONS, consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> recordSession(HttpRequest<?> request, @PathVariable String id,
                                         @Body Map<String, String> form) {
        Long groupId = idOf(id);
        GroupView group;
        try {
            group = groupId == null ? null : groups.view(groupId);
        } catch (ProblemException missing) {
            group = null;
        }
        if (group == null) {
            return notFound(request);
        }
        FormReading reading = new FormReading(form);
        LocalDate date = reading.date("date");
        Integer participants = reading.count("participantCount", "Ange hur många som deltog.");
        if (reading.errors().isEmpty()) {
            try {
                groups.recordSession(groupId, new GroupCommands.RecordGroupSessionCommand(date, participants));
                pages.confirm(request, "Grupptillfället är registrerat.");
                return HttpResponse.seeOther(URI.create(CmvRoutes.group(groupId)));
            } catch (ConstraintViolationException invalid) {
                reading.add(FormErrors.of(invalid));
            } catch (ProblemException refused) {
                return HttpResponse.status(statusOf(refused)).body(groupPage(group, form,
                        ProblemFormErrors.of(refused)));
            }
        }
        return HttpResponse.unprocessableEntity().body(groupPage(group, form, reading.errors()));
    }

    private ModelAndView<Map<String, Object>> listPage(int page, Map<String, String> form, List<FormError> errors) {
        PageView<GroupView> cycles = groups.list(page, null);
        Map<String, Object> model = new HashMap<>();
        model.put("groups", cycles);
        model.put("form", form);
        model.put("errors", errors);
        model.put("fieldErrors", FormReading.byField(errors));
        model.put("today", LocalDate.now(clock).toString());
        return new ModelAndView<>("cmv/groups", model);
    }

    private ModelAndView<Map<String, Object>> groupPage(GroupView group, Map<String, String> form,
                                                        List<FormError> errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("group", group);
        model.put("form", form);
        model.put("errors", errors);
        model.put("fieldErrors", FormReading.byField(errors));
        model.put("sessionsAction", CmvRoutes.groupSessions(group.id()));
        return new ModelAndView<>("cmv/group", model);
    }

    private HttpResponse<?> notFound(HttpRequest<?> request) {
        return refusals.page(request, HttpStatus.NOT_FOUND, "Gruppen finns inte",
                "Det finns ingen grupp med det numret. Välj en grupp i listan över grupper.");
    }

    /** A refusal's own status (422 for a date outside the group, 503 when the catalog cannot be read). */
    private static HttpStatus statusOf(ProblemException refused) {
        return HttpStatus.valueOf(refused.problem().status());
    }

    private static @Nullable Long idOf(String id) {
        return id.matches("[0-9]{1,18}") ? Long.valueOf(id) : null;
    }

    private static int pageNumber(@Nullable String page) {
        return page != null && page.matches("[0-9]{1,4}") ? Integer.parseInt(page) : 0;
    }
}
