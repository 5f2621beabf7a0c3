package se.jamtland.cmv.partnerkontakt.ui;

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
import se.jamtland.cmv.ui.CmvRoutes;
import se.jamtland.problem.ProblemException;
import se.jamtland.unit.cases.application.CaseView;
import se.jamtland.unit.cases.application.OpenCaseCommand;
import se.jamtland.unit.cases.application.OpeningCase;
import se.jamtland.unit.cases.application.ReadingCases;
import se.jamtland.unit.eligibility.CatalogInsats;
import se.jamtland.unit.ui.InsatserToday;
import se.jamtland.unit.policy.Outcome;
import se.jamtland.unit.ui.FormErrors;
import se.jamtland.unit.ui.FormReading;
import se.jamtland.unit.ui.ProblemFormErrors;
import se.jamtland.unit.ui.ProfileChoices;
import se.jamtland.webui.page.FormError;
import se.jamtland.webui.page.PageModel;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Partnerkontakt (2.6) and the case it is linked to: "partner eller expartner till den som ... sökt insatsen samtal
 * om våld samt samtal om våld IVIN". Opening one is intake of a DEIDENTIFIED case (14 kap. 5 § SoL) through
 * {@link OpeningCase}, with the other case's number as {@code linkedCaseCode}; whether the two may be linked is the
 * catalog's {@code caseLinks}, applied by unit-core's {@code LinkOfTheInsats}, never decided here. The page lists
 * the open Partnerkontakt cases with the case each is linked to. No identity input: the regime has none.
 */
@Hidden
@Controller
@Produces(MediaType.TEXT_HTML)
@Secured({Roles.STAFF, Roles.UNIT_MANAGER})
@ExecuteOn(TaskExecutors.BLOCKING)
public class PartnerkontaktPagesController {

    static final String PARTNERKONTAKT = "cmv-partnerkontakt";

    private final OpeningCase opening;
    private final ReadingCases reading;
    private final InsatserToday insatserToday;
    private final PageModel pages;

    public PartnerkontaktPagesController(OpeningCase opening, ReadingCases reading, InsatserToday insatserToday,
                                         PageModel pages) {
        this.opening = opening;
        this.reading = reading;
        this.insatserToday = insatserToday;
        this.pages = pages;
    }

    @Get(CmvRoutes.PARTNERKONTAKT)
    public ModelAndView<Map<String, Object>> page() {
        return page(Map.of(), List.of());
    }

    @Post(value = CmvRoutes.PARTNERKONTAKT, consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> open(HttpRequest<?> request, @Body Map<String, String> form) {
        FormReading typed = new FormReading(form);
        Integer age = typed.optionalCount("age");
        if (!typed.errors().isEmpty()) {
            return HttpResponse.unprocessableEntity().body(page(form, typed.errors()));
        }
        OpenCaseCommand command = new OpenCaseCommand(PARTNERKONTAKT, null, age, null, typed.text("gender"),
                typed.text("kommun"), null, typed.text("linkedCaseCode"), null, null);
        try {
            Outcome<CaseView> outcome = opening.open(command);
            if (outcome instanceof Outcome.Done<CaseView> done) {
                pages.confirm(request, "Partnerkontakt är öppnad som ärende " + done.value().caseCode()
                        + ", kopplat till ärende " + done.value().linkedCaseCode() + ".");
                return HttpResponse.seeOther(URI.create(CmvRoutes.PARTNERKONTAKT));
            }
            return HttpResponse.unprocessableEntity()
                    .body(page(form, FormErrors.of(((Outcome.Refused<CaseView>) outcome).refusal())));
        } catch (ConstraintViolationException invalid) {
            return HttpResponse.unprocessableEntity().body(page(form, FormErrors.of(invalid)));
        } catch (ProblemException refused) {
            return HttpResponse.status(HttpStatus.valueOf(refused.problem().status()))
                    .body(page(form, ProblemFormErrors.of(refused)));
        }
    }

    private ModelAndView<Map<String, Object>> page(Map<String, String> form, List<FormError> errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("cases", reading.list(PARTNERKONTAKT, true, 0, null).items());
        model.put("form", form);
        model.put("errors", errors);
        model.put("fieldErrors", FormReading.byField(errors));
        model.put("genders", ProfileChoices.genders());
        model.put("kommuner", ProfileChoices.kommuner());
        linkInformation().ifPresent(info -> model.put("link", info));
        return new ModelAndView<>("cmv/partnerkontakt", model);
    }

    /** Who Partnerkontakt is for and which insatser it links to, in the catalog's words; none if it cannot be read. */
    private Optional<LinkInformation> linkInformation() {
        try {
            List<CatalogInsats> insatser = insatserToday.all();
            return insatser.stream().filter(insats -> insats.id().equals(PARTNERKONTAKT))
                    .filter(insats -> insats.caseLinks() != null).findFirst()
                    .map(insats -> new LinkInformation(insats.targetGroup(), insatser.stream()
                            .filter(other -> insats.caseLinks().mayLinkTo().contains(other.id()))
                            .map(CatalogInsats::name).toList()));
        } catch (ProblemException unreadable) {
            return Optional.empty();
        }
    }

    /** The target group is information, never a question (issue 13); the names are the insatser it may link to. */
    public record LinkInformation(String targetGroup, List<String> linkedInsatser) {
    }
}
