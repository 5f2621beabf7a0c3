package se.jamtland.unit.audit.ui;

import io.micronaut.core.annotation.Nullable;
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
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import se.jamtland.access.Roles;
import se.jamtland.problem.ProblemException;
import se.jamtland.unit.audit.AuditEntry;
import se.jamtland.unit.audit.AuditReview;
import se.jamtland.unit.audit.AuditView;
import se.jamtland.unit.audit.ChainVerification;
import se.jamtland.unit.ui.FormErrors;
import se.jamtland.unit.ui.PageNumber;
import se.jamtland.unit.ui.UiRoutes;
import se.jamtland.unit.web.PageView;
import se.jamtland.unit.web.Period;
import se.jamtland.webui.page.FormError;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The unit manager's follow-up of the access log (issue 13; the API's {@code /audit}): the log of a period, for one
 * member of staff if asked, a random sample of the period's reads to look into, and the check of the log's chain
 * with its Swedish finding. The filter is a GET form, so a follow-up can be bookmarked; empty fields are left out,
 * as they would be refused by the API. Read only, as the log itself.
 */
@Hidden
@Controller
@Produces(MediaType.TEXT_HTML)
@Secured(Roles.UNIT_MANAGER)
@ExecuteOn(TaskExecutors.BLOCKING)
public class AccessLogPageController {

    static final String CHAIN_CHECK = UiRoutes.ACCESS_LOG + "/kedjekontroll";
    /** The filter's inputs, named as the API's query values. */
    private static final List<String> FIELDS = List.of("from", "to", "staff");
    /** As many reads as the API's sample gives by default: enough to look into each by hand in a follow-up. */
    private static final int SAMPLE = 10;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(Period.SWEDEN);
    /** The token roles a log row names, as a unit manager calls them. */
    private static final Map<String, String> ROLES = Map.of(Roles.STAFF, "Medarbetare",
            Roles.UNIT_MANAGER, "Enhetschef", Roles.CASE_SYSTEM, "Kommunens verksamhetssystem");

    private final AuditReview review;
    private final Clock clock;

    public AccessLogPageController(AuditReview review, Clock clock) {
        this.review = review;
        this.clock = clock;
    }

    @Get(UiRoutes.ACCESS_LOG)
    public HttpResponse<?> followUp(HttpRequest<?> request) {
        Filter filter = Filter.of(request);
        if (leftEmpty(request)) {
            return HttpResponse.seeOther(URI.create(filter.address(UiRoutes.ACCESS_LOG, null)));
        }
        return page(filter, request.getParameters().get("sida"), null);
    }

    /** The chain check is a read, so a GET: it changes nothing and may be run as often as the manager likes. */
    @Get(CHAIN_CHECK)
    public HttpResponse<?> chainCheck(HttpRequest<?> request) {
        Filter filter = Filter.of(request);
        if (leftEmpty(request)) {
            return HttpResponse.seeOther(URI.create(filter.address(CHAIN_CHECK, null)));
        }
        return page(filter, null, review.verify());
    }

    /**
     * A browser sends a GET form's empty fields too ({@code from=&to=}). The page reads its query itself (no
     * declared query values: the API's RequestScreen would refuse an empty one with a 400) and answers with the
     * follow-up's address without them, so what a manager bookmarks names only what they chose.
     */
    private static boolean leftEmpty(HttpRequest<?> request) {
        return FIELDS.stream().map(name -> request.getParameters().get(name))
                .anyMatch(value -> value != null && value.isBlank());
    }

    /** What the manager typed, shown again in the form. */
    record Filter(@Nullable String from, @Nullable String to, @Nullable String staff) {

        static Filter of(HttpRequest<?> request) {
            return new Filter(blankless(request.getParameters().get("from")),
                    blankless(request.getParameters().get("to")), blankless(request.getParameters().get("staff")));
        }

        /** The follow-up's address for another page of the log: only the fields that were filled in. */
        public String query(int page) {
            return address(UiRoutes.ACCESS_LOG, page);
        }

        String address(String path, @Nullable Integer page) {
            List<String> fields = new ArrayList<>();
            if (page != null) {
                fields.add("sida=" + page);
            }
            add(fields, "from", from);
            add(fields, "to", to);
            add(fields, "staff", staff);
            return fields.isEmpty() ? path : path + "?" + String.join("&", fields);
        }

        private static void add(List<String> fields, String name, @Nullable String value) {
            if (value != null) {
                fields.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
    }

    /** A log row as the page shows it: the time in Swedish time, the role and action in Swedish. */
    record Row(long seq, String time, String staffId, String role, String record, String action,
               @Nullable String purpose) {

        static Row of(AuditView view) {
            return new Row(view.seq(), TIME.format(view.occurredAt()), view.staffId(),
                    ROLES.getOrDefault(view.role(), view.role()), view.caseCode(), view.action().label(),
                    view.purpose());
        }
    }

    private HttpResponse<?> page(Filter filter, @Nullable String sida, @Nullable ChainVerification verification) {
        Map<String, Object> model = new HashMap<>();
        model.put("filter", filter);
        model.put("verification", verification);
        List<FormError> errors = new ArrayList<>();
        LocalDate from = date(filter.from(), "from", errors);
        LocalDate to = date(filter.to(), "to", errors);
        if (filter.staff() != null && filter.staff().length() > AuditEntry.STAFF_ID_MAX) {
            errors.add(new FormError("staff", "Ett medarbetar-id har högst " + AuditEntry.STAFF_ID_MAX
                    + " tecken."));
        }
        Period period = null;
        if (errors.isEmpty()) {
            try {
                period = Period.of(from, to, clock);
            } catch (ProblemException endsBeforeItBegins) {
                // Period's own rule; its detail names the API's query fields, the page names its own inputs.
                errors.add(new FormError("from", "Perioden måste börja samma dag som den slutar eller tidigare."));
            }
        }
        model.put("errors", errors);
        model.put("invalid", FormErrors.inputsOf(errors));
        if (period == null) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(new ModelAndView<>("unit/audit/log", model));
        }
        int page = PageNumber.of(sida);
        PageView<AuditView> entries = review.list(period, filter.staff(), page - 1, null);
        model.put("period", period);
        model.put("rows", entries.items().stream().map(Row::of).toList());
        model.put("caption", entries.totalItems() + (entries.totalItems() == 1 ? " rad " : " rader ")
                + period.from() + " – " + period.to()
                + (filter.staff() == null ? "" : ", medarbetare " + filter.staff()));
        model.put("page", page);
        model.put("pages", Math.max(1, entries.totalPages()));
        model.put("sample", review.sample(period, SAMPLE).stream().map(Row::of).toList());
        return HttpResponse.ok(new ModelAndView<>("unit/audit/log", model));
    }

    private static @Nullable LocalDate date(@Nullable String typed, String field, List<FormError> errors) {
        if (typed == null) {
            return null;
        }
        try {
            return LocalDate.parse(typed);
        } catch (DateTimeParseException notADate) {
            errors.add(new FormError(field, "Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-03-05."));
            return null;
        }
    }

    private static @Nullable String blankless(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
