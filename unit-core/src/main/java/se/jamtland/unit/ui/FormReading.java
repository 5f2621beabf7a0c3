package se.jamtland.unit.ui;

import io.micronaut.core.annotation.Nullable;
import se.jamtland.webui.page.FormError;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A posted form's text read into a command's types: a date as ÅÅÅÅ-MM-DD, a count as digits. What cannot be read
 * is a {@link FormError} on its field, in Swedish, without the value; the use case then decides everything else.
 * An empty field is a value not given (null), as the API's absent field.
 */
public final class FormReading {

    private final Map<String, String> form;
    private final List<FormError> errors = new ArrayList<>();

    public FormReading(Map<String, String> form) {
        this.form = form;
    }

    public @Nullable String text(String field) {
        String value = form.get(field);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A date the use case requires; empty or unreadable is an error here. */
    public @Nullable LocalDate date(String field) {
        String value = text(field);
        if (value == null) {
            errors.add(new FormError(field, "Ange datum som ÅÅÅÅ-MM-DD."));
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException unreadable) {
            errors.add(new FormError(field, "Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-09-01."));
            return null;
        }
    }

    /** A whole number the use case requires. */
    public @Nullable Integer count(String field, String whenMissing) {
        if (text(field) == null) {
            errors.add(new FormError(field, whenMissing));
            return null;
        }
        return optionalCount(field);
    }

    /** A whole number that may be left out. */
    public @Nullable Integer optionalCount(String field) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        if (!value.matches("[0-9]{1,6}")) {
            errors.add(new FormError(field, "Skriv ett antal med siffror."));
            return null;
        }
        return Integer.valueOf(value);
    }

    public void add(List<FormError> more) {
        errors.addAll(more);
    }

    public List<FormError> errors() {
        return List.copyOf(errors);
    }

    /** Each input's first message, for the message beside it (the summary at the top lists them all). */
    public static Map<String, String> byField(List<FormError> errors) {
        Map<String, String> messages = new LinkedHashMap<>();
        errors.stream().filter(error -> error.field() != null)
                .forEach(error -> messages.putIfAbsent(error.field(), error.message()));
        return messages;
    }
}
