package se.jamtland.barnahus.krissamtal.ui;

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
import se.jamtland.barnahus.krissamtal.Participant;
import se.jamtland.barnahus.krissamtal.RecordKrissamtalCommand;
import se.jamtland.barnahus.krissamtal.RecordingKrissamtal;
import se.jamtland.problem.ProblemException;
import se.jamtland.unit.policy.Outcome;
import se.jamtland.unit.ui.FormErrors;
import se.jamtland.unit.ui.FormReading;
import se.jamtland.unit.ui.ProblemFormErrors;
import se.jamtland.unit.ui.ProfileChoices;
import se.jamtland.webui.page.FormError;
import se.jamtland.webui.page.PageModel;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Krissamtal at the barnförhör (5.1): the date of the barnförhör, who took part as categories, the child's age
 * band. An advisory contact (14 kap. 4 § SoL), so the form has no identity input at all; whether the talk is
 * within the catalog's window after the barnförhör is {@link RecordingKrissamtal}'s intake, shown by its field.
 * Held "på plats", so no channel is asked.
 */
@Hidden
@Controller
@Produces(MediaType.TEXT_HTML)
@Secured({Roles.STAFF, Roles.UNIT_MANAGER})
@ExecuteOn(TaskExecutors.BLOCKING)
public class KrissamtalPagesController {

    public static final String NEW_KRISSAMTAL = "/ui/krissamtal/ny";

    /** The Bilaga's "barn och unga ..., deras anhöriga och övriga omsorgspersoner", as staff read them. */
    static final Map<Participant, String> PARTICIPANT_LABELS = Map.of(Participant.CHILD, "Barnet",
            Participant.GUARDIAN, "Vårdnadshavare", Participant.OTHER_CAREGIVER, "Annan omsorgsperson");

    private final RecordingKrissamtal recording;
    private final PageModel pages;
    private final Clock clock;

    public KrissamtalPagesController(RecordingKrissamtal recording, PageModel pages, Clock clock) {
        this.recording = recording;
        this.pages = pages;
        this.clock = clock;
    }

    @Get(NEW_KRISSAMTAL)
    public ModelAndView<Map<String, Object>> form() {
        String today = LocalDate.now(clock).toString();
        return page(Map.of("date", today, "interviewDate", today), List.of());
    }

    @Post(value = NEW_KRISSAMTAL, consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> record(HttpRequest<?> request, @Body Map<String, String> form) {
        FormReading typed = new FormReading(form);
        LocalDate interviewDate = typed.date("interviewDate");
        LocalDate date = typed.text("date") == null ? null : typed.date("date");
        Integer minutes = typed.optionalCount("durationMinutes");
        if (!typed.errors().isEmpty()) {
            return HttpResponse.unprocessableEntity().body(page(form, typed.errors()));
        }
        RecordKrissamtalCommand command = new RecordKrissamtalCommand(date, interviewDate, participantsOf(form),
                null, typed.text("ageBand"), typed.text("gender"), typed.text("kommun"), minutes);
        try {
            Outcome<RecordingKrissamtal.KrissamtalView> outcome = recording.record(command);
            if (outcome instanceof Outcome.Refused<RecordingKrissamtal.KrissamtalView> refused) {
                return HttpResponse.unprocessableEntity().body(page(form, FormErrors.of(refused.refusal())));
            }
            pages.confirm(request, "Krissamtalet är registrerat.");
            return HttpResponse.seeOther(URI.create(NEW_KRISSAMTAL));
        } catch (ConstraintViolationException invalid) {
            return HttpResponse.unprocessableEntity().body(page(form, FormErrors.of(invalid)));
        } catch (ProblemException refused) {
            return HttpResponse.status(HttpStatus.valueOf(refused.problem().status()))
                    .body(page(form, ProblemFormErrors.of(refused)));
        }
    }

    /** Each category is its own checkbox ({@code participants-CHILD}), so the form's one value per name holds. */
    private static Set<Participant> participantsOf(Map<String, String> form) {
        return Arrays.stream(Participant.values())
                .filter(participant -> form.containsKey(checkboxName(participant)))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Participant.class)));
    }

    private static String checkboxName(Participant participant) {
        return "participants-" + participant.name();
    }

    private ModelAndView<Map<String, Object>> page(Map<String, String> form, List<FormError> errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        model.put("errors", errors);
        model.put("fieldErrors", FormReading.byField(errors));
        model.put("participants", Arrays.stream(Participant.values())
                .map(participant -> new ParticipantChoice(checkboxName(participant),
                        PARTICIPANT_LABELS.get(participant), form.containsKey(checkboxName(participant))))
                .toList());
        model.put("ageBands", ProfileChoices.ageBands());
        model.put("genders", ProfileChoices.genders());
        model.put("kommuner", ProfileChoices.kommuner());
        return new ModelAndView<>("barnahus/krissamtal", model);
    }

    public record ParticipantChoice(String name, String label, boolean checked) {
    }
}
