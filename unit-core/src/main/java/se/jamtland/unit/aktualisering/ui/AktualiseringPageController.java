package se.jamtland.unit.aktualisering.ui;

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
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.validation.ConstraintViolationException;
import se.jamtland.access.Roles;
import se.jamtland.events.DocumentationRegime;
import se.jamtland.problem.ProblemException;
import se.jamtland.unit.aktualisering.application.AktualiseringView;
import se.jamtland.unit.aktualisering.application.RegisterAktualiseringCommand;
import se.jamtland.unit.aktualisering.application.RegisteringAktualisering;
import se.jamtland.unit.eligibility.CatalogInsats;
import se.jamtland.unit.ui.InsatserToday;
import se.jamtland.unit.policy.Outcome;
import se.jamtland.unit.ui.FormErrors;
import se.jamtland.unit.ui.ProfileChoices;
import se.jamtland.unit.ui.UiRoutes;
import se.jamtland.webui.page.FormError;
import se.jamtland.webui.page.PageModel;

import java.net.URI;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The aktualisering after a villkor not met (issue 12, from the intake page of issue 13): with the person's consent,
 * staff send the referral to the person's kommun with the least identity it needs to reach them (name, phone, the
 * personnummer when the person gives it). Offered after an INDIVIDUAL insats's intake only, since the page of a
 * DEIDENTIFIED or ADVISORY insats takes no identity at all (14 kap. 4 and 5 §§ SoL). Registered by the API's own use
 * case, {@link RegisteringAktualisering}, which writes nothing without the consent.
 */
@Hidden
@Controller
@Produces(MediaType.TEXT_HTML)
@Secured({Roles.STAFF, Roles.UNIT_MANAGER})
@ExecuteOn(TaskExecutors.BLOCKING)
public class AktualiseringPageController {

    public static final String NEW_AKTUALISERING = UiRoutes.NEW_CASE + "/aktualisering";
    static final String REGISTERED = "Aktualiseringen är registrerad. Kommunens socialtjänst hämtar den och "
            + "kontaktar personen.";

    private static final String PAGE = "unit/aktualisering/new";
    /** The value a checked box sends. */
    private static final String CHECKED = "ja";
    /** What an aktualisering goes to: one of the county's eight kommuner, never "other" or "unknown". */
    private static final Set<String> COUNTY = Set.of(RegisterAktualiseringCommand.COUNTY_KOMMUN.split("\\|"));
    private static final Map<String, String> VILLKOR_NAMES = Map.of("MIN_AGE", "ålder",
            "LEGAL_GENDER", "juridiskt kön");

    private final RegisteringAktualisering registering;
    private final InsatserToday insatserToday;
    private final PageModel pages;

    public AktualiseringPageController(RegisteringAktualisering registering, InsatserToday insatserToday,
                                       PageModel pages) {
        this.registering = registering;
        this.insatserToday = insatserToday;
        this.pages = pages;
    }

    @Get(NEW_AKTUALISERING)
    public HttpResponse<ModelAndView<Map<String, Object>>> form(@QueryValue @Nullable String insats,
                                                                @QueryValue @Nullable List<String> villkor,
                                                                @QueryValue @Nullable String kommun) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("insats", insats);
        form.put("unmetConditions", villkor == null ? null : String.join(",", villkor));
        form.put("kommun", kommun);
        return render(form, List.of(), HttpStatus.OK);
    }

    @Post(value = NEW_AKTUALISERING, consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> register(@Body Map<String, String> body, HttpRequest<?> request) {
        Map<String, String> form = new LinkedHashMap<>();
        body.forEach((name, value) -> {
            if (!"_csrf".equals(name) && value != null && !value.isBlank()) {
                form.put(name, value.strip());
            }
        });
        Outcome<AktualiseringView> outcome;
        try {
            outcome = registering.register(commandOf(form));
        } catch (ConstraintViolationException invalid) {
            return render(form, FormErrors.of(invalid), HttpStatus.UNPROCESSABLE_ENTITY);
        } catch (ProblemException problem) {
            return render(form, FormErrors.of(problem.problem()), problem.problem().status() >= 500
                    ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.UNPROCESSABLE_ENTITY);
        }
        if (outcome instanceof Outcome.Refused<AktualiseringView> refused) {
            return render(form, FormErrors.of(refused.refusal()), HttpStatus.UNPROCESSABLE_ENTITY);
        }
        pages.confirm(request, REGISTERED);
        return HttpResponse.seeOther(URI.create(UiRoutes.NEW_CASE));
    }

    private static RegisterAktualiseringCommand commandOf(Map<String, String> form) {
        String unmet = form.get("unmetConditions");
        boolean personGiven = form.keySet().stream().anyMatch(name -> name.startsWith("person."));
        return new RegisterAktualiseringCommand(form.get("insats"), form.get("kommun"),
                unmet == null ? List.of() : Arrays.asList(unmet.split(",")),
                CHECKED.equals(form.get("consentGiven")) ? true : null,
                personGiven ? new RegisterAktualiseringCommand.Person(form.get("person.identityNumber"),
                        form.get("person.givenName"), form.get("person.familyName"), form.get("person.phone"))
                        : null,
                form.get("message"));
    }

    /** The form for an INDIVIDUAL insats of the unit; for any other the page says it takes none. */
    private HttpResponse<ModelAndView<Map<String, Object>>> render(Map<String, String> form, List<FormError> errors,
                                                                   HttpStatus status) {
        Map<String, Object> model = new HashMap<>();
        Optional<CatalogInsats> insats;
        try {
            insats = insatserToday.all().stream()
                    .filter(found -> found.id().equals(form.get("insats"))
                            && found.regime() == DocumentationRegime.INDIVIDUAL)
                    .findFirst();
        } catch (ProblemException unavailable) {
            model.put("errors", FormErrors.of(unavailable.problem()));
            return page(HttpStatus.SERVICE_UNAVAILABLE, model);
        }
        if (insats.isEmpty()) {
            model.put("errors", List.of(new FormError(null, "En aktualisering registreras här efter ett villkor "
                    + "som inte är uppfyllt för en insats som dokumenteras på individnivå. Börja med att öppna "
                    + "ärendet.")));
            return page(HttpStatus.UNPROCESSABLE_ENTITY, model);
        }
        String unmet = form.get("unmetConditions");
        model.put("insats", insats.get());
        model.put("villkor", unmet == null ? List.of() : Arrays.stream(unmet.split(","))
                .map(code -> VILLKOR_NAMES.getOrDefault(code, code)).toList());
        model.put("form", form);
        model.put("errors", errors);
        model.put("fieldErrors", FormErrors.byField(errors));
        model.put("kommuner", ProfileChoices.KOMMUNER.stream().filter(choice -> COUNTY.contains(choice.value()))
                .toList());
        return page(status, model);
    }

    private static HttpResponse<ModelAndView<Map<String, Object>>> page(HttpStatus status,
                                                                        Map<String, Object> model) {
        return HttpResponse.<ModelAndView<Map<String, Object>>>status(status).body(new ModelAndView<>(PAGE, model));
    }
}
