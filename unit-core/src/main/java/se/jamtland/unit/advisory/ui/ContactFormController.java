package se.jamtland.unit.advisory.ui;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
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
import se.jamtland.unit.advisory.RecordingAdvisoryContact;
import se.jamtland.unit.policy.Outcome;
import se.jamtland.unit.policy.Refusal;
import se.jamtland.unit.ui.FormErrors;
import se.jamtland.unit.ui.InsatserToday;
import se.jamtland.unit.ui.ProfileChoices;
import se.jamtland.unit.ui.UiRoutes;
import se.jamtland.webui.page.FormError;
import se.jamtland.webui.page.PageModel;

import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * "Registrera kontakt" (issue 13): an advisory contact (14 kap. 4 § SoL) through the API's own use case,
 * {@link RecordingAdvisoryContact}, so every intake policy and the identity guard decide here exactly as there.
 * The form asks in the order staff work: the insats first, then only that insats's channels (2.5, 3.1), who asked,
 * and the de-identified categories. Without JavaScript the choice of insats is a form of its own (a GET), so the
 * next form can offer only the channels the catalog gives it; a unit with one advisory insats skips that step.
 * The form has no input for who the person is: the regime allows none (BRIEF-UI, the identity rule).
 */
@Hidden
@Controller
@Produces(MediaType.TEXT_HTML)
@Secured({Roles.STAFF, Roles.UNIT_MANAGER})
@ExecuteOn(TaskExecutors.BLOCKING)
public class ContactFormController {

    public static final String CONFIRMATION = "Kontakten är registrerad.";
    static final String VIEW = "unit/advisory/new-contact";

    private final RecordingAdvisoryContact recording;
    private final InsatserToday insatser;
    private final PageModel pages;

    public ContactFormController(RecordingAdvisoryContact recording, InsatserToday insatser, PageModel pages) {
        this.recording = recording;
        this.insatser = insatser;
        this.pages = pages;
    }

    /** {@code insats} is read from the query, not bound: a choice sent empty is no choice (BRIEF-UI, GET forms). */
    @Get(UiRoutes.NEW_CONTACT)
    public HttpResponse<ModelAndView<Map<String, Object>>> form(HttpRequest<?> request) {
        String insats = request.getParameters().getFirst("insats").orElse(null);
        List<AdvisoryInsats> offered;
        try {
            offered = AdvisoryInsats.advisoryOf(insatser.all());
        } catch (ProblemException unavailable) {
            return unavailable(unavailable);
        }
        boolean asked = insats != null && !insats.isBlank();
        Optional<AdvisoryInsats> chosen = asked ? AdvisoryInsats.byId(offered, insats.strip())
                : offered.size() == 1 ? Optional.of(offered.get(0)) : Optional.empty();
        if (asked && chosen.isEmpty()) {
            // Not one of this unit's advisory insatser (another unit's, a case insats, a made-up id): not repeated.
            return page(HttpStatus.UNPROCESSABLE_ENTITY, offered, null, ContactForm.empty(),
                    List.of(ContactForm.insatsNotChosen()));
        }
        return page(HttpStatus.OK, offered, chosen.orElse(null), ContactForm.empty(), List.of());
    }

    @Post(value = UiRoutes.NEW_CONTACT, consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> record(HttpRequest<?> request, @Body Map<String, Object> fields) {
        ContactForm form = ContactForm.of(fields);
        List<AdvisoryInsats> offered;
        try {
            offered = AdvisoryInsats.advisoryOf(insatser.all());
        } catch (ProblemException unavailable) {
            return unavailable(unavailable);
        }
        Optional<AdvisoryInsats> chosen = AdvisoryInsats.byId(offered, form.value("insats"));
        if (chosen.isEmpty()) {
            return page(HttpStatus.UNPROCESSABLE_ENTITY, offered, null, ContactForm.empty(),
                    List.of(ContactForm.insatsNotChosen()));
        }
        if (!form.errors().isEmpty()) {
            return page(HttpStatus.UNPROCESSABLE_ENTITY, offered, chosen.get(), form, form.errors());
        }
        List<FormError> errors;
        try {
            Outcome<?> outcome = recording.record(form.command());
            if (outcome instanceof Outcome.Refused<?> refused) {
                errors = withDetail(refused.refusal());
            } else {
                pages.confirm(request, CONFIRMATION);
                return HttpResponse.seeOther(URI.create(UiRoutes.START));
            }
        } catch (ConstraintViolationException invalid) {
            errors = form.inPlainWords(FormErrors.of(invalid));
        } catch (ProblemException problem) {
            errors = FormErrors.of(problem);
        }
        return page(HttpStatus.UNPROCESSABLE_ENTITY, offered, chosen.get(), form, errors);
    }

    private HttpResponse<ModelAndView<Map<String, Object>>> page(HttpStatus status, List<AdvisoryInsats> offered,
                                                                 @Nullable AdvisoryInsats chosen, ContactForm form,
                                                                 List<FormError> errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("insatser", offered);
        model.put("insatsChoices", offered.stream().map(insats -> new ProfileChoices.Choice(insats.id(), insats.name()))
                .toList());
        model.put("legalGenders", ContactChoices.legalGenders());
        if (chosen != null) {
            model.put("insats", chosen);
            model.put("channels", ContactChoices.channels(chosen.channels()));
        }
        model.put("askedBy", ContactChoices.askedBy());
        model.put("ageBands", ContactChoices.ageBands());
        model.put("genders", ContactChoices.genders());
        model.put("kommuner", ContactChoices.kommuner());
        model.put("topics", ContactChoices.topics());
        model.put("values", form.values());
        model.put("topicsChosen", form.topics());
        model.put("errors", errors);
        model.put("fieldErrors", byField(errors));
        return HttpResponse.<ModelAndView<Map<String, Object>>>status(status).body(new ModelAndView<>(VIEW, model));
    }

    private HttpResponse<ModelAndView<Map<String, Object>>> unavailable(ProblemException problem) {
        Map<String, Object> model = new HashMap<>();
        model.put("insatser", List.of());
        model.put("errors", FormErrors.of(problem));
        model.put("fieldErrors", Map.of());
        model.put("values", Map.of());
        model.put("topicsChosen", List.of());
        model.put("unavailable", true);
        return HttpResponse.<ModelAndView<Map<String, Object>>>status(HttpStatus.valueOf(problem.problem().status()))
                .body(new ModelAndView<>(VIEW, model));
    }

    /**
     * The refusal's detail at the top when its field notes do not say it (a villkor not met: refer the person to
     * the needs assessment; identity found: rewrite the marked parts, nothing was saved), then each field's note.
     */
    static List<FormError> withDetail(Refusal refusal) {
        List<FormError> errors = FormErrors.of(refusal);
        if (errors.stream().anyMatch(error -> error.message().equals(refusal.detail()))) {
            return errors;
        }
        List<FormError> all = new java.util.ArrayList<>();
        all.add(new FormError(null, refusal.detail()));
        all.addAll(errors);
        return all;
    }

    /** The first message for each input, shown beside it; the summary at the top has them all. */
    static Map<String, String> byField(List<FormError> errors) {
        Map<String, String> fields = new LinkedHashMap<>();
        errors.stream().filter(error -> error.field() != null)
                .forEach(error -> fields.putIfAbsent(error.field(), error.message()));
        return fields;
    }
}
