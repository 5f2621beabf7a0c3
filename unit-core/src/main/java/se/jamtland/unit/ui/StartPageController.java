package se.jamtland.unit.ui;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import se.jamtland.access.Roles;
import se.jamtland.problem.ProblemException;
import se.jamtland.unit.advisory.AdvisoryContactRepository;
import se.jamtland.unit.advisory.AdvisoryContactView;
import se.jamtland.unit.advisory.ui.ContactChoices;
import se.jamtland.unit.cases.application.CaseView;
import se.jamtland.unit.cases.application.ReadingCases;
import se.jamtland.unit.web.PageView;
import se.jamtland.unit.web.Paging;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The start page of the unit's staff (issue 13): a button for each everyday task, a search by case code, today's
 * advisory contacts (categories only: they have no identity) and the open cases with their progress in words.
 * The lists are the API's: the contacts as {@code GET /advisory-contacts} reads them, the cases through
 * {@link ReadingCases}, which logs each INDIVIDUAL case listed, as the API does.
 */
@Hidden
@Controller
@Produces(MediaType.TEXT_HTML)
@Secured({Roles.STAFF, Roles.UNIT_MANAGER})
@ExecuteOn(TaskExecutors.BLOCKING)
public class StartPageController {

    /** As many as one listing gives at once (Paging.MAX_SIZE); the page says when there are more. */
    static final int SHOWN = Paging.MAX_SIZE;
    static final String SEARCH = "arende";
    static final String NO_SUCH_CASE = "Inget ärende med den koden här.";

    private final AdvisoryContactRepository contacts;
    private final ReadingCases cases;
    private final InsatserToday insatser;
    private final Clock clock;

    public StartPageController(AdvisoryContactRepository contacts, ReadingCases cases, InsatserToday insatser,
                               Clock clock) {
        this.contacts = contacts;
        this.cases = cases;
        this.insatser = insatser;
        this.clock = clock;
    }

    /**
     * {@code arende}: the search's case code. A case held here opens; any other code (another unit's, mistyped,
     * made up) gets the same answer, which never repeats it. Read from the query here rather than bound: the
     * search form sends {@code arende=} when left empty, which is the start page itself (BRIEF-UI, GET forms).
     */
    @Get(UiRoutes.START)
    public HttpResponse<?> start(HttpRequest<?> request, Authentication authentication) {
        String arende = request.getParameters().getFirst(SEARCH).orElse(null);
        boolean searched = arende != null && !arende.isBlank();
        if (searched) {
            String code = arende.strip().toUpperCase(Locale.ROOT);
            if (cases.exists(code)) { // a code of the wrong form is none held here
                return HttpResponse.seeOther(URI.create(UiRoutes.casePage(code)));
            }
        }
        return HttpResponse.<ModelAndView<Map<String, Object>>>status(searched ? HttpStatus.NOT_FOUND : HttpStatus.OK)
                .body(new ModelAndView<>("unit/start", model(searched, authentication)));
    }

    private Map<String, Object> model(boolean notFound, Authentication authentication) {
        LocalDate today = LocalDate.now(clock);
        Map<String, String> names;
        boolean catalogRead = true;
        try {
            names = insatser.namesOfThisUnit();
        } catch (ProblemException unavailable) {
            names = Map.of(); // the lists stand without the catalog: each insats by its id, and a notice says why
            catalogRead = false;
        }
        PageView<AdvisoryContactView> todays = PageView.of(contacts.list(today, today, null, Paging.of(0, SHOWN)),
                AdvisoryContactView::of);
        PageView<CaseView> open = cases.listWithProgress(null, true, 0, SHOWN);
        Map<String, String> insatsNames = names;
        Map<String, Object> model = new HashMap<>();
        model.put("today", today);
        model.put("manager", authentication.getRoles().contains(Roles.UNIT_MANAGER));
        model.put("searchError", notFound ? NO_SUCH_CASE : null);
        model.put("catalogRead", catalogRead);
        model.put("contacts", todays.items().stream().map(contact -> ContactLine.of(contact, insatsNames)).toList());
        model.put("contactsCount", todays.totalItems());
        model.put("cases", open.items().stream().map(found -> CaseLine.of(found, insatsNames)).toList());
        model.put("casesCount", open.totalItems());
        return model;
    }

    /** A contact of today as the table shows it: the insats's name and the categories' Swedish words. */
    public record ContactLine(String insats, String channel, String askedBy, String ageBand, String gender,
                              String kommun) {

        static ContactLine of(AdvisoryContactView contact, Map<String, String> names) {
            return new ContactLine(names.getOrDefault(contact.insats(), contact.insats()),
                    ContactChoices.labelOf(ContactChoices.channels(List.of()), contact.channel().name()),
                    ContactChoices.labelOf(ContactChoices.askedBy(), contact.askedBy().name()),
                    ContactChoices.labelOf(ContactChoices.ageBands(), contact.ageBand()),
                    ContactChoices.labelOf(ContactChoices.genders(), contact.gender()),
                    ContactChoices.labelOf(ContactChoices.kommuner(), contact.kommun()));
        }
    }

    /** An open case as the table shows it: no identity, whatever its regime. */
    public record CaseLine(String caseCode, String insats, LocalDate openedOn, String progress,
                           boolean guardianSecrecy) {

        static CaseLine of(CaseView found, Map<String, String> names) {
            return new CaseLine(found.caseCode(), names.getOrDefault(found.insats(), found.insats()),
                    found.startDate(), found.progress() == null ? "" : ProgressInWords.of(found.progress()),
                    found.guardianSecrecy());
        }
    }
}
