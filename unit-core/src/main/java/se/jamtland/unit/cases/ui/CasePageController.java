package se.jamtland.unit.cases.ui;

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
import se.jamtland.events.Channel;
import se.jamtland.events.ClosureReason;
import se.jamtland.unit.cases.application.CaseView;
import se.jamtland.unit.cases.application.CloseCaseCommand;
import se.jamtland.unit.cases.application.ClosingCase;
import se.jamtland.unit.cases.application.DiscloseCaseCommand;
import se.jamtland.unit.cases.application.DisclosingCase;
import se.jamtland.unit.cases.application.ReadingCases;
import se.jamtland.unit.cases.application.RecordSessionCommand;
import se.jamtland.unit.cases.application.RecordingSession;
import se.jamtland.unit.cases.application.WriteNoteCommand;
import se.jamtland.unit.cases.application.WritingNote;
import se.jamtland.unit.policy.Outcome;
import se.jamtland.unit.policy.Refusal;
import se.jamtland.unit.ui.FormErrors;
import se.jamtland.unit.ui.UiRoutes;
import se.jamtland.unit.vocabulary.Recipient;
import se.jamtland.unit.vocabulary.SessionKind;
import se.jamtland.webui.page.FormError;
import se.jamtland.webui.page.PageModel;
import se.jamtland.webui.page.RefusalPages;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The page of one case (issue 13, "A case"): its progress against the plan, the sessions held, the notes or journal
 * its regime keeps, and the forms to register a session, write a note, close it and disclose it. Each form hands
 * its command to the use case the API uses, so the rules and the access log are the API's: reading an INDIVIDUAL
 * record logs a READ, a session an UPDATE, a disclosure an EXPORT. A code that names no case here gets the same
 * page whether it exists at another unit or nowhere; another unit's login never gets this far (OwnUnitOnly).
 */
@Hidden
@Controller
@Produces(MediaType.TEXT_HTML)
@Secured({Roles.STAFF, Roles.UNIT_MANAGER})
@ExecuteOn(TaskExecutors.BLOCKING)
public class CasePageController {

    static final String SESSIONS = UiRoutes.CASE + "/sessioner";
    static final String NOTES = UiRoutes.CASE + "/anteckningar";
    static final String JOURNAL = UiRoutes.CASE + "/journal";
    static final String CLOSURE = UiRoutes.CASE + "/avslut";
    static final String DISCLOSURE = UiRoutes.CASE + "/utlamnande";

    private final ReadingCases reading;
    private final RecordingSession sessions;
    private final WritingNote notes;
    private final ClosingCase closing;
    private final DisclosingCase disclosing;
    private final PageModel pages;
    private final RefusalPages refusals;

    public CasePageController(ReadingCases reading, RecordingSession sessions, WritingNote notes, ClosingCase closing,
                              DisclosingCase disclosing, PageModel pages, RefusalPages refusals) {
        this.reading = reading;
        this.sessions = sessions;
        this.notes = notes;
        this.closing = closing;
        this.disclosing = disclosing;
        this.pages = pages;
        this.refusals = refusals;
    }

    @Get(UiRoutes.CASE)
    public HttpResponse<?> show(HttpRequest<?> request, @PathVariable String caseCode) {
        return page(request, caseCode, HttpStatus.OK, Form.NONE, List.of());
    }

    @Post(value = SESSIONS, consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> recordSession(HttpRequest<?> request, @PathVariable String caseCode,
                                         @Body Map<String, String> fields) {
        Form form = Form.SESSION.with(fields);
        RecordSessionCommand command = new RecordSessionCommand(form.date("date"),
                form.choice("kind", SessionKind.class, "Välj vilken sorts session det var."),
                form.choice("channel", Channel.class, "Välj en kanal i listan."),
                form.number("participantCount"));
        return submit(request, caseCode, form, () -> sessions.record(caseCode, command),
                "Sessionen är registrerad.");
    }

    @Post(value = NOTES, consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> writeNote(HttpRequest<?> request, @PathVariable String caseCode,
                                     @Body Map<String, String> fields) {
        Form form = Form.NOTE.with(fields);
        return submit(request, caseCode, form,
                () -> notes.writeWorkingNote(caseCode, new WriteNoteCommand(null, form.text("text"))),
                "Anteckningen är sparad.");
    }

    @Post(value = JOURNAL, consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> writeJournal(HttpRequest<?> request, @PathVariable String caseCode,
                                        @Body Map<String, String> fields) {
        Form form = Form.NOTE.with(fields);
        return submit(request, caseCode, form,
                () -> notes.writeJournalNote(caseCode, new WriteNoteCommand(null, form.text("text"))),
                "Journalanteckningen är sparad.");
    }

    @Post(value = CLOSURE, consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> close(HttpRequest<?> request, @PathVariable String caseCode,
                                 @Body Map<String, String> fields) {
        Form form = Form.CLOSURE.with(fields);
        CloseCaseCommand command = new CloseCaseCommand(form.date("date"),
                form.requiredChoice("reason", ClosureReason.class, "Välj varför ärendet avslutas."));
        return submit(request, caseCode, form, () -> closing.close(caseCode, command), "Ärendet är avslutat.");
    }

    @Post(value = DISCLOSURE, consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> disclose(HttpRequest<?> request, @PathVariable String caseCode,
                                    @Body Map<String, String> fields) {
        Form form = Form.DISCLOSURE.with(fields);
        Recipient recipient = form.requiredChoice("recipient", Recipient.class,
                "Välj vem ärendet lämnas ut till.");
        return submit(request, caseCode, form, () -> disclosing.disclose(caseCode, new DiscloseCaseCommand(recipient)),
                recipient == null ? "" : "Ärendet är utlämnat till: " + recipient.label() + ".");
    }

    /**
     * A form's write: what could not be read as typed is shown before the use case is asked; a done write goes
     * back to the case page with a confirmation (Post/Redirect/Get), a refused one shows the page again with the
     * reasons by the fields and everything typed kept.
     */
    private HttpResponse<?> submit(HttpRequest<?> request, String caseCode, Form form, Supplier<Outcome<?>> write,
                                   String confirmation) {
        if (!form.errors.isEmpty()) {
            return page(request, caseCode, HttpStatus.UNPROCESSABLE_ENTITY, form, form.errors);
        }
        Outcome<?> outcome;
        try {
            outcome = write.get();
        } catch (ConstraintViolationException invalid) {
            return page(request, caseCode, HttpStatus.UNPROCESSABLE_ENTITY, form, form.own(FormErrors.of(invalid)));
        }
        if (outcome instanceof Outcome.Refused<?> refused) {
            Refusal refusal = refused.refusal();
            if (refusal.kind() == Refusal.Kind.NOT_FOUND) {
                return notFound(request, refusal);
            }
            return page(request, caseCode, statusOf(refusal), form, form.own(FormErrors.of(refusal)));
        }
        pages.confirm(request, confirmation);
        return HttpResponse.seeOther(URI.create(UiRoutes.casePage(caseCode)));
    }

    /** The case as it is now, with a form's errors and typed values when it was refused. */
    private HttpResponse<?> page(HttpRequest<?> request, String caseCode, HttpStatus status, Form form,
                                 List<FormError> errors) {
        Outcome<CaseView> read = reading.view(caseCode);
        if (read instanceof Outcome.Refused<CaseView> refused) {
            return notFound(request, refused.refusal());
        }
        CasePage casePage = CasePage.of(((Outcome.Done<CaseView>) read).value(), reading.sessionChannels(caseCode));
        Map<String, Object> model = new HashMap<>();
        model.put("view", casePage);
        model.put("errors", errors);
        Map<String, String> byField = new HashMap<>();
        errors.stream().filter(error -> error.field() != null)
                .forEach(error -> byField.merge(error.field(), error.message(), (first, next) -> first + " " + next));
        model.put("fieldErrors", byField);
        model.put("values", form.values());
        model.put("kinds", SessionKind.values());
        model.put("reasons", ClosureReason.values());
        model.put("recipients", Recipient.values());
        return HttpResponse.status(status).body(new ModelAndView<>("unit/cases/case", model));
    }

    /** The same page for a code of another unit and a code of none (Case.notFound names neither). */
    private HttpResponse<?> notFound(HttpRequest<?> request, Refusal refusal) {
        return refusals.page(request, HttpStatus.NOT_FOUND, refusal.title(), refusal.detail());
    }

    /** As the API answers the same refusal (RefusalProblems), except that a form's own mistakes are all 422. */
    private static HttpStatus statusOf(Refusal refusal) {
        return switch (refusal.kind()) {
            case CONFLICT -> HttpStatus.CONFLICT;
            case NOT_ALLOWED -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case INVALID_INPUT, RULE_NOT_MET -> HttpStatus.UNPROCESSABLE_ENTITY;
        };
    }

    /**
     * One of the page's forms as posted. The inputs of each form have ids of their own ({@code session-date},
     * {@code closure-date}), since four forms share the page; the request fields keep the API's names. What was
     * typed is kept by input id to fill the form again, and never goes into a message.
     */
    static final class Form {

        static final Form NONE = new Form("", "", Map.of());
        static final Form SESSION = new Form("session", "kind", Map.of());
        static final Form NOTE = new Form("note", "text", Map.of());
        static final Form CLOSURE = new Form("closure", "reason", Map.of());
        static final Form DISCLOSURE = new Form("disclosure", "recipient", Map.of());

        private final String name;
        /** The input an error about the form as a whole is shown by (a closed case, guardian secrecy). */
        private final String main;
        private final Map<String, String> fields;
        private final List<FormError> errors = new ArrayList<>();

        private Form(String name, String main, Map<String, String> fields) {
            this.name = name;
            this.main = main;
            this.fields = fields;
        }

        Form with(Map<String, String> posted) {
            Map<String, String> kept = new LinkedHashMap<>(posted);
            kept.remove("_csrf");
            return new Form(name, main, kept);
        }

        String id(String field) {
            return name + "-" + field;
        }

        Map<String, String> values() {
            Map<String, String> values = new HashMap<>();
            fields.forEach((field, value) -> values.put(id(field), value));
            return values;
        }

        /** The use case's errors, each by this form's input it is about. */
        List<FormError> own(List<FormError> found) {
            return found.stream().map(error -> new FormError(id(error.field() == null ? main : error.field()),
                    error.message())).toList();
        }

        @Nullable
        String text(String field) {
            String value = fields.get(field);
            return value == null || value.isBlank() ? null : value;
        }

        /** An empty date is today's (the use case's default); a date not written as 2025-09-15 is an error. */
        @Nullable
        LocalDate date(String field) {
            String value = text(field);
            if (value == null) {
                return null;
            }
            try {
                return LocalDate.parse(value.strip());
            } catch (DateTimeParseException notADate) {
                errors.add(new FormError(id(field), "Skriv datumet som år-månad-dag, till exempel 2025-09-15."));
                return null;
            }
        }

        @Nullable
        Integer number(String field) {
            String value = text(field);
            if (value == null) {
                return null;
            }
            try {
                return Integer.valueOf(value.strip());
            } catch (NumberFormatException notANumber) {
                errors.add(new FormError(id(field), "Skriv antalet med siffror."));
                return null;
            }
        }

        /**
         * A choice the form cannot go without. The command's own check would say so too, but in the API's words
         * (its codes, "COMPLETED"), which a person choosing among Swedish labels cannot act on.
         */
        @Nullable
        <E extends Enum<E>> E requiredChoice(String field, Class<E> type, String message) {
            if (text(field) == null) {
                errors.add(new FormError(id(field), message));
                return null;
            }
            return choice(field, type, message);
        }

        @Nullable
        <E extends Enum<E>> E choice(String field, Class<E> type, String message) {
            String value = text(field);
            if (value == null) {
                return null;
            }
            try {
                return Enum.valueOf(type, value);
            } catch (IllegalArgumentException notAChoice) {
                errors.add(new FormError(id(field), message));
                return null;
            }
        }
    }
}
