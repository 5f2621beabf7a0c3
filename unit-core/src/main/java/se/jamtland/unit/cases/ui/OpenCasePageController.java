package se.jamtland.unit.cases.ui;

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
import se.jamtland.events.Vocabulary;
import se.jamtland.problem.ProblemException;
import se.jamtland.unit.aktualisering.ui.AktualiseringPageController;
import se.jamtland.unit.cases.application.CaseView;
import se.jamtland.unit.cases.application.OpeningCase;
import se.jamtland.unit.eligibility.Eligibility;
import se.jamtland.unit.ui.InsatserToday;
import se.jamtland.unit.eligibility.EligibilityQuestion;
import se.jamtland.unit.policy.Outcome;
import se.jamtland.unit.policy.Refusal;
import se.jamtland.unit.ui.FormErrors;
import se.jamtland.unit.ui.ProfileChoices;
import se.jamtland.unit.ui.UiRoutes;
import se.jamtland.webui.page.FormError;
import se.jamtland.webui.page.PageModel;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Opening a case (issue 13): pick the insats (its target group shown as information, never asked), then age, and a
 * legal gender only where a villkor of the insats needs it; the villkor are checked as the age is typed (htmx asks
 * {@link #VILLKOR_CHECK} for the part of the page that says so), and without JavaScript the post gives the same
 * answer. An INDIVIDUAL insats takes the person's identity (14 kap. 3 § SoL); a DEIDENTIFIED one has no identity
 * input at all (14 kap. 5 §). The case is opened by the API's own use case, {@link OpeningCase}, and a refusal is
 * shown as its reasons by the fields they name.
 */
@Hidden
@Controller
@Produces(MediaType.TEXT_HTML)
@Secured({Roles.STAFF, Roles.UNIT_MANAGER})
@ExecuteOn(TaskExecutors.BLOCKING)
public class OpenCasePageController {

    /** The live check of the villkor: answers the part of the intake page that says what they decide. */
    public static final String VILLKOR_CHECK = UiRoutes.NEW_CASE + "/provning";
    static final String OPENED = "Ärendet är öppnat.";

    private static final String PAGE = "unit/cases/open";
    private static final String CHECK_FRAGMENT = "unit/cases/villkor";
    /** The intake refusals that mean a guardian's consent is needed: the page then shows that step. */
    private static final Set<String> CONSENT_REFUSALS = Set.of("guardian-consent-required", "guardians-required");

    private final OpeningCase opening;
    private final Eligibility eligibility;
    private final InsatserToday insatserToday;
    private final PageModel pages;
    private final Clock clock;

    public OpenCasePageController(OpeningCase opening, Eligibility eligibility, InsatserToday insatserToday,
                                  PageModel pages, Clock clock) {
        this.opening = opening;
        this.eligibility = eligibility;
        this.insatserToday = insatserToday;
        this.pages = pages;
        this.clock = clock;
    }

    /** Without an insats: the choice of insats. With one of the unit's: its form. */
    @Get(UiRoutes.NEW_CASE)
    public HttpResponse<ModelAndView<Map<String, Object>>> form(@QueryValue @Nullable String insats) {
        Map<String, Object> model = new HashMap<>();
        List<InsatsChoice> insatser;
        try {
            insatser = insatser();
        } catch (ProblemException unavailable) {
            return page(HttpStatus.SERVICE_UNAVAILABLE, choicePage(model, List.of(), FormErrors.of(
                    unavailable.problem())));
        }
        if (insats == null || insats.isBlank()) {
            return page(HttpStatus.OK, choicePage(model, insatser, List.of()));
        }
        Optional<InsatsChoice> chosen = find(insatser, insats);
        if (chosen.isEmpty()) {
            return page(HttpStatus.UNPROCESSABLE_ENTITY, choicePage(model, insatser, List.of(new FormError(
                    "insats", "Välj en av insatserna i listan."))));
        }
        CaseForm form = CaseForm.of(Map.of("insats", chosen.get().id()));
        return page(HttpStatus.OK, formPage(model, chosen.get(), form, List.of(), VillkorCheck.notAsked(null)));
    }

    /**
     * The villkor for the age (and legal gender) typed so far, as a fragment of the form. Asks eligibility-service
     * the question only: nothing is registered or counted, and no identity is part of it.
     */
    @Get(VILLKOR_CHECK)
    public HttpResponse<ModelAndView<Map<String, Object>>> check(@QueryValue @Nullable String insats,
                                                                 @QueryValue @Nullable String age,
                                                                 @QueryValue @Nullable String legalGender,
                                                                 @QueryValue @Nullable String startDate,
                                                                 @QueryValue @Nullable String kommun) {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("insats", insats);
        typed.put("age", age);
        typed.put("legalGender", legalGender);
        typed.put("startDate", startDate);
        typed.put("kommun", kommun);
        CaseForm form = CaseForm.of(typed);
        Map<String, Object> model = new HashMap<>();
        Optional<InsatsChoice> chosen;
        try {
            chosen = find(insatser(), form.value("insats"));
        } catch (ProblemException unavailable) {
            model.put("check", VillkorCheck.failed(detailOf(unavailable), form.value("kommun")));
            return page(HttpStatus.OK, fragment(model, null));
        }
        // Always 200: htmx swaps in no 4xx answer, and this part of the page is what says what is wrong.
        if (chosen.isEmpty()) {
            model.put("check", VillkorCheck.failed("Välj en av insatserna i listan.", null));
            return page(HttpStatus.OK, fragment(model, null));
        }
        model.put("check", villkorOf(chosen.get(), form));
        return page(HttpStatus.OK, fragment(model, chosen.get()));
    }

    @Post(value = UiRoutes.NEW_CASE, consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> open(@Body Map<String, String> body, HttpRequest<?> request) {
        CaseForm form = CaseForm.of(body);
        Map<String, Object> model = new HashMap<>();
        Optional<InsatsChoice> chosen;
        try {
            chosen = find(insatser(), form.value("insats"));
        } catch (ProblemException unavailable) {
            return page(HttpStatus.SERVICE_UNAVAILABLE, choicePage(model, List.of(),
                    FormErrors.of(unavailable.problem())));
        }
        if (chosen.isEmpty()) {
            return page(HttpStatus.UNPROCESSABLE_ENTITY, choicePage(model, insatserOrNone(), List.of(
                    new FormError("insats", "Välj en av insatserna i listan."))));
        }
        InsatsChoice insats = chosen.get();
        if (!form.errors().isEmpty()) {
            return page(HttpStatus.UNPROCESSABLE_ENTITY, formPage(model, insats, form, form.errors(),
                    villkorOf(insats, form)));
        }
        Outcome<CaseView> outcome;
        try {
            outcome = opening.open(form.command());
        } catch (ConstraintViolationException invalid) {
            return page(HttpStatus.UNPROCESSABLE_ENTITY, formPage(model, insats, form, FormErrors.of(invalid),
                    villkorOf(insats, form)));
        } catch (ProblemException problem) {
            // eligibility-service refusing the question (a field staff can correct) or not answering (503).
            HttpStatus status = problem.problem().status() >= 500 ? HttpStatus.SERVICE_UNAVAILABLE
                    : HttpStatus.UNPROCESSABLE_ENTITY;
            return page(status, formPage(model, insats, form, FormErrors.of(problem.problem()),
                    VillkorCheck.notAsked(form.value("kommun"))));
        }
        if (outcome instanceof Outcome.Done<CaseView> done) {
            pages.confirm(request, OPENED);
            return HttpResponse.seeOther(URI.create(UiRoutes.casePage(done.value().caseCode())));
        }
        Refusal refusal = ((Outcome.Refused<CaseView>) outcome).refusal();
        VillkorCheck check = villkorOf(insats, form);
        if (CONSENT_REFUSALS.contains(refusal.type())) {
            check = check.withConsentStep();
        }
        return page(HttpStatus.UNPROCESSABLE_ENTITY, formPage(model, insats, form, FormErrors.of(refusal), check));
    }

    /** The villkor for what the form says so far; not asked without an age (or with one the form cannot read). */
    private VillkorCheck villkorOf(InsatsChoice insats, CaseForm form) {
        Integer age = form.age();
        String kommun = form.value("kommun");
        Optional<FormError> unreadable = form.errors().stream().findFirst();
        if (unreadable.isPresent()) {
            return VillkorCheck.failed(unreadable.get().message(), kommun);
        }
        if (age == null) {
            return VillkorCheck.notAsked(kommun);
        }
        LocalDate onDate = form.startDate() != null ? form.startDate() : LocalDate.now(clock);
        try {
            VillkorCheck check = VillkorCheck.of(eligibility.check(new EligibilityQuestion(insats.id(), age,
                    form.value("legalGender"), onDate), "startDate"), age, kommun);
            return insats.individual() ? check.withAktualisering(aktualiseringOf(insats, check, kommun)) : check;
        } catch (ProblemException refused) {
            return VillkorCheck.failed(detailOf(refused), kommun);
        }
    }

    /** The aktualisering page for this referral: the insats, the villkor not met and the kommun, codes only. */
    private static String aktualiseringOf(InsatsChoice insats, VillkorCheck check, @Nullable String kommun) {
        StringBuilder path = new StringBuilder(AktualiseringPageController.NEW_AKTUALISERING).append("?insats=")
                .append(encode(insats.id()));
        check.unmetCodes().forEach(code -> path.append("&villkor=").append(encode(code)));
        if (kommun != null && Vocabulary.KOMMUN_NAMES.containsKey(kommun)) {
            path.append("&kommun=").append(encode(kommun));
        }
        return path.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The field's own note where the problem names one (an age out of range), else the problem's detail. */
    private static String detailOf(ProblemException problem) {
        List<FormError> errors = FormErrors.of(problem.problem());
        return errors.get(0).message();
    }

    /** The unit's insatser that take a case, as the catalog in force today has them. */
    private List<InsatsChoice> insatser() {
        return insatserToday.all().stream()
                .filter(InsatsChoice::takesACase).map(InsatsChoice::of).toList();
    }

    private List<InsatsChoice> insatserOrNone() {
        try {
            return insatser();
        } catch (ProblemException unavailable) {
            return List.of();
        }
    }

    private static Optional<InsatsChoice> find(List<InsatsChoice> insatser, @Nullable String id) {
        return insatser.stream().filter(insats -> insats.id().equals(id)).findFirst();
    }

    private static Map<String, Object> choicePage(Map<String, Object> model, List<InsatsChoice> insatser,
                                                  List<FormError> errors) {
        model.put("view", PAGE);
        model.put("insatser", insatser);
        model.put("errors", errors);
        model.put("fieldErrors", FormErrors.byField(errors));
        model.put("form", Map.of());
        return model;
    }

    private static Map<String, Object> formPage(Map<String, Object> model, InsatsChoice insats, CaseForm form,
                                                List<FormError> errors, VillkorCheck check) {
        model.put("view", PAGE);
        model.put("insats", insats);
        model.put("form", form.values());
        model.put("errors", errors);
        model.put("fieldErrors", FormErrors.byField(errors));
        model.put("check", check);
        model.put("genders", ProfileChoices.GENDERS);
        model.put("kommuner", ProfileChoices.KOMMUNER);
        model.put("legalGenders", ProfileChoices.LEGAL_GENDERS);
        model.put("checkPath", VILLKOR_CHECK);
        return model;
    }

    private static Map<String, Object> fragment(Map<String, Object> model, @Nullable InsatsChoice insats) {
        model.put("view", CHECK_FRAGMENT);
        if (insats != null) {
            model.put("insats", insats);
        }
        model.put("form", Map.of());
        model.put("fieldErrors", Map.of());
        return model;
    }

    private static HttpResponse<ModelAndView<Map<String, Object>>> page(HttpStatus status,
                                                                        Map<String, Object> model) {
        return HttpResponse.<ModelAndView<Map<String, Object>>>status(status)
                .body(new ModelAndView<>((String) model.remove("view"), model));
    }
}
