package se.jamtland.unit.advisory.ui;

import io.micronaut.core.annotation.Nullable;
import se.jamtland.events.Channel;
import se.jamtland.unit.advisory.RecordAdvisoryContactCommand;
import se.jamtland.unit.vocabulary.AskedBy;
import se.jamtland.unit.vocabulary.TopicCode;
import se.jamtland.webui.page.FormError;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The contact form as posted: every value as typed, kept so a refused form loses nothing, and the command the use
 * case takes. Only the browser's own forms are read here: a choice that is none of the form's options, or a number
 * that is no number, is a form error at once; every rule is the use case's.
 */
final class ContactForm {

    /** The single-valued fields, in the form's order. */
    static final List<String> FIELDS = List.of("insats", "channel", "askedBy", "ageBand", "gender", "kommun",
            "age", "legalGender", "guardianConsentGiven", "durationMinutes", "participantCount", "visitorCode");
    /** What a person reads for a choice left out; the API's own words name its codes. */
    private static final Map<String, String> NOT_CHOSEN = Map.of(
            "channel", "Välj hur kontakten togs.",
            "askedBy", "Välj vem som tog kontakten.",
            "insats", "Välj en av insatserna i listan.");

    private final Map<String, String> values;
    private final List<String> topics;
    private final List<FormError> errors = new ArrayList<>();
    private final RecordAdvisoryContactCommand command;

    private ContactForm(Map<String, String> values, List<String> topics) {
        this.values = values;
        this.topics = topics;
        this.command = read();
    }

    static FormError insatsNotChosen() {
        return new FormError("insats", NOT_CHOSEN.get("insats"));
    }

    static ContactForm empty() {
        return new ContactForm(Map.of(), List.of());
    }

    static ContactForm of(Map<String, Object> posted) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : FIELDS) {
            String value = first(posted.get(field));
            if (value != null && !value.isBlank()) {
                values.put(field, value.strip());
            }
        }
        return new ContactForm(values, all(posted.get("topicCodes")));
    }

    Map<String, String> values() {
        return values;
    }

    List<String> topics() {
        return topics;
    }

    @Nullable String value(String field) {
        return values.get(field);
    }

    /** Choices and numbers the form's own inputs could not have sent; empty for a form sent as the page made it. */
    List<FormError> errors() {
        return errors;
    }

    RecordAdvisoryContactCommand command() {
        return command;
    }

    private RecordAdvisoryContactCommand read() {
        List<TopicCode> topicCodes = new ArrayList<>();
        for (String topic : topics) {
            TopicCode code = choice(TopicCode.class, topic, "topicCodes", "Välj ämnen i listan.");
            if (code != null) {
                topicCodes.add(code);
            }
        }
        String stated = value("legalGender");
        String legalGender = stated;
        if (legalGender != null && ContactChoices.legalGenders().stream()
                .noneMatch(choice -> choice.value().equals(stated))) {
            errors.add(new FormError("legalGender", "Välj kvinna eller man."));
            legalGender = null;
        }
        return new RecordAdvisoryContactCommand(value("insats"), null,
                choice(Channel.class, value("channel"), "channel", NOT_CHOSEN.get("channel")),
                choice(AskedBy.class, value("askedBy"), "askedBy", NOT_CHOSEN.get("askedBy")),
                number("age", "Ange åldern i hela år, med siffror."), legalGender,
                value("ageBand"), value("gender"), value("kommun"), topicCodes,
                number("durationMinutes", "Ange antal minuter med siffror."),
                number("participantCount", "Ange antalet med siffror."),
                value("guardianConsentGiven") == null ? null : Boolean.TRUE, value("visitorCode"));
    }

    /**
     * The validator's messages, with the form's own words for a choice left out: the API's name its codes
     * ("PHONE, CHAT …"), which a person at the form never sees.
     */
    List<FormError> inPlainWords(List<FormError> invalid) {
        return invalid.stream().map(error -> error.field() != null && value(error.field()) == null
                && NOT_CHOSEN.containsKey(error.field())
                ? new FormError(error.field(), NOT_CHOSEN.get(error.field())) : error).toList();
    }

    private <E extends Enum<E>> @Nullable E choice(Class<E> type, @Nullable String value, String field,
                                                   String message) {
        if (value == null) {
            return null; // left out: the use case's validation says it is needed, where it is
        }
        return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equals(value)).findFirst()
                .orElseGet(() -> {
                    errors.add(new FormError(field, message));
                    return null;
                });
    }

    private @Nullable Integer number(String field, String message) {
        String value = value(field);
        if (value == null) {
            return null;
        }
        if (value.length() > 9 || !value.chars().allMatch(Character::isDigit)) {
            errors.add(new FormError(field, message));
            return null;
        }
        return Integer.valueOf(value);
    }

    private static @Nullable String first(@Nullable Object posted) {
        if (posted instanceof Collection<?> many) {
            return many.isEmpty() ? null : String.valueOf(many.iterator().next());
        }
        return posted == null ? null : String.valueOf(posted);
    }

    private static List<String> all(@Nullable Object posted) {
        if (posted instanceof Collection<?> many) {
            return many.stream().map(String::valueOf).filter(value -> !value.isBlank()).distinct().toList();
        }
        return posted == null || String.valueOf(posted).isBlank() ? List.of() : List.of(String.valueOf(posted));
    }
}
