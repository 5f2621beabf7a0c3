package se.jamtland.unit.remiss.ui;

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
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.validation.ConstraintViolationException;
import se.jamtland.access.Roles;
import se.jamtland.problem.ProblemException;
import se.jamtland.unit.cases.application.CaseView;
import se.jamtland.unit.policy.Outcome;
import se.jamtland.unit.policy.Refusal;
import se.jamtland.unit.remiss.application.AcceptRemissCommand;
import se.jamtland.unit.remiss.application.DecidingRemiss;
import se.jamtland.unit.remiss.application.DeclineReason;
import se.jamtland.unit.remiss.application.DeclineRemissCommand;
import se.jamtland.unit.remiss.application.ReadingRemisser;
import se.jamtland.unit.remiss.application.RemissStatus;
import se.jamtland.unit.remiss.application.RemissView;
import se.jamtland.unit.ui.FormErrors;
import se.jamtland.unit.ui.PageNumber;
import se.jamtland.unit.ui.UiRoutes;
import se.jamtland.unit.web.PageView;
import se.jamtland.unit.web.RefusalProblems;
import se.jamtland.webui.page.FormError;
import se.jamtland.webui.page.PageModel;
import se.jamtland.webui.page.RefusalPages;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The remiss inbox as staff work it (issue 13, from issue 12): the kommunernas remisser in the order they came, one
 * remiss at a time with the person, guardians, referrer and message, and the decision: accept it, which opens the
 * case through normal intake ({@link DecidingRemiss}, every intake policy), or decline it with a reason from the
 * fixed list. Every remiss shown or decided is in the access log, as through the API: the use cases write it.
 */
@Hidden
@Controller
@Produces(MediaType.TEXT_HTML)
@Secured({Roles.STAFF, Roles.UNIT_MANAGER})
@ExecuteOn(TaskExecutors.BLOCKING)
public class RemissPagesController {

    static final String ACCEPT = UiRoutes.REMISS + "/antagande";
    static final String DECLINE = UiRoutes.REMISS + "/avbojande";
    /** The inputs of the acceptance form: a refusal about another field (the person's) is the form's as a whole. */
    private static final Set<String> ACCEPT_INPUTS = Set.of("startDate", "guardianConsentGiven");
    private static final String YES = "ja";

    private final ReadingRemisser reading;
    private final DecidingRemiss deciding;
    private final PageModel pages;
    private final RefusalPages refusals;

    public RemissPagesController(ReadingRemisser reading, DecidingRemiss deciding, PageModel pages,
                                 RefusalPages refusals) {
        this.reading = reading;
        this.deciding = deciding;
        this.pages = pages;
        this.refusals = refusals;
    }

    /**
     * The inbox: RECEIVED by default, oldest first; the decided ones a link away. The page reads its query itself,
     * so an address typed by hand with an empty or unknown value shows the inbox rather than the API's 400.
     */
    @Get(UiRoutes.REMISSER)
    public HttpResponse<?> inbox(HttpRequest<?> request) {
        String status = request.getParameters().get("status");
        String sida = request.getParameters().get("sida");
        RemissStatus shown = Arrays.stream(RemissStatus.values()).filter(value -> value.name().equals(status))
                .findFirst().orElse(RemissStatus.RECEIVED);
        int page = PageNumber.of(sida);
        PageView<RemissView> found = reading.inbox(shown, page - 1, null);
        Map<String, Object> model = new HashMap<>();
        model.put("remisser", found.items());
        model.put("shown", shown.name());
        model.put("shownLabel", shown.label());
        model.put("statuses", List.of(RemissStatus.values()));
        model.put("page", page);
        model.put("pages", Math.max(1, found.totalPages()));
        model.put("total", found.totalItems());
        return HttpResponse.ok(new ModelAndView<>("unit/remiss/inbox", model));
    }

    @Get(UiRoutes.REMISS)
    public HttpResponse<?> remiss(HttpRequest<?> request, @PathVariable String id) {
        return page(request, reading.view(id), HttpStatus.OK, List.of(), new Typed(null, false, null));
    }

    @Post(value = ACCEPT, consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> accept(HttpRequest<?> request, @PathVariable String id, @Body Map<String, String> form) {
        Typed typed = new Typed(trimmed(form.get("startDate")), YES.equals(form.get("guardianConsentGiven")), null);
        LocalDate startDate;
        try {
            startDate = typed.startDate() == null ? null : LocalDate.parse(typed.startDate());
        } catch (DateTimeParseException notADate) {
            return page(request, reading.view(id), HttpStatus.UNPROCESSABLE_ENTITY,
                    List.of(new FormError("startDate", "Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-03-05.")),
                    typed);
        }
        // An unticked box says nothing: the remiss's own statement of the guardians' consent then counts.
        AcceptRemissCommand command = new AcceptRemissCommand(startDate, typed.guardianConsent() ? true : null, null);
        Outcome<CaseView> outcome;
        try {
            outcome = deciding.accept(id, command);
        } catch (ConstraintViolationException invalid) {
            return page(request, reading.view(id), HttpStatus.UNPROCESSABLE_ENTITY, FormErrors.of(invalid), typed);
        } catch (ProblemException unavailable) {
            // Eligibility-service down: intake cannot try the villkor, so nothing is opened; the page says so.
            return page(request, reading.view(id), HttpStatus.valueOf(unavailable.problem().status()),
                    FormErrors.of(unavailable), typed);
        }
        if (outcome instanceof Outcome.Refused<CaseView> refused) {
            return page(request, reading.view(id), statusOf(refused.refusal()), acceptErrors(refused.refusal()),
                    typed);
        }
        CaseView opened = ((Outcome.Done<CaseView>) outcome).value();
        pages.confirm(request, "Remissen är antagen och ärende " + opened.caseCode() + " är öppnat.");
        return HttpResponse.seeOther(URI.create(UiRoutes.casePage(opened.caseCode())));
    }

    @Post(value = DECLINE, consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> decline(HttpRequest<?> request, @PathVariable String id, @Body Map<String, String> form) {
        // A value not on the list (a changed form) is no reason: the use case's own check asks for one.
        DeclineReason reason = Arrays.stream(DeclineReason.values())
                .filter(value -> value.name().equals(form.get("reason"))).findFirst().orElse(null);
        Typed typed = new Typed(null, false, reason == null ? null : reason.name());
        Outcome<RemissView> outcome;
        try {
            outcome = deciding.decline(id, new DeclineRemissCommand(reason));
        } catch (ConstraintViolationException invalid) {
            return page(request, reading.view(id), HttpStatus.UNPROCESSABLE_ENTITY, FormErrors.of(invalid), typed);
        }
        if (outcome instanceof Outcome.Refused<RemissView> refused) {
            return page(request, reading.view(id), statusOf(refused.refusal()), FormErrors.of(refused.refusal()),
                    typed);
        }
        pages.confirm(request, "Remissen är avböjd. Skäl: " + reason.label() + ".");
        return HttpResponse.seeOther(URI.create(UiRoutes.REMISSER));
    }

    /** What was typed, shown again after a refusal so nothing is lost. */
    record Typed(@Nullable String startDate, boolean guardianConsent, @Nullable String reason) {
    }

    private HttpResponse<?> page(HttpRequest<?> request, Outcome<RemissView> shown, HttpStatus status,
                                 List<FormError> errors, Typed typed) {
        if (shown instanceof Outcome.Refused<RemissView> missing) {
            return refusals.page(request, HttpStatus.NOT_FOUND, missing.refusal().title(), missing.refusal().detail());
        }
        RemissView remiss = ((Outcome.Done<RemissView>) shown).value();
        Map<String, Object> model = new HashMap<>();
        model.put("remiss", remiss);
        model.put("received", remiss.status() == RemissStatus.RECEIVED);
        model.put("reasons", List.of(DeclineReason.values()));
        model.put("errors", errors);
        model.put("invalid", FormErrors.inputsOf(errors));
        model.put("typed", typed);
        model.put("acceptPath", ACCEPT.replace("{id}", remiss.id()));
        model.put("declinePath", DECLINE.replace("{id}", remiss.id()));
        model.put("casePath", Optional.ofNullable(remiss.caseCode()).map(UiRoutes::casePage).orElse(null));
        return HttpResponse.status(status).body(new ModelAndView<>("unit/remiss/remiss", model));
    }

    private static List<FormError> acceptErrors(Refusal refusal) {
        return FormErrors.of(refusal).stream().map(error -> error.field() == null
                || ACCEPT_INPUTS.contains(error.field()) ? error : new FormError(null, error.message())).toList();
    }

    /**
     * The API's status for the same refusal (web.RefusalProblems), but a form that needs correcting is a 422 even
     * where the API says 400: the page is the form again with what to correct.
     */
    private static HttpStatus statusOf(Refusal refusal) {
        return refusal.kind() == Refusal.Kind.INVALID_INPUT ? HttpStatus.UNPROCESSABLE_ENTITY
                : HttpStatus.valueOf(RefusalProblems.status(refusal.kind()));
    }

    private static @Nullable String trimmed(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
