package se.jamtland.unit.cases.ui;

import io.micronaut.core.annotation.Nullable;
import se.jamtland.unit.cases.application.OpenCaseCommand;
import se.jamtland.webui.page.FormError;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The intake form as posted, turned into the API's {@link OpenCaseCommand}: each input is named after the command's
 * field ({@code person.givenName} for {@code person/givenName}), an empty input is a field not given, and only what
 * a browser's form cannot type (a date, a number) is read here; every rule is the use case's. The values are kept
 * as typed, to fill the form again after a refusal.
 */
final class CaseForm {

    /** The value a checked consent box sends. */
    static final String CHECKED = "ja";
    private static final List<String> PERSON = List.of("identityNumber", "givenName", "familyName", "phone", "email",
            "address");
    private static final List<String> GUARDIAN = List.of("name", "identityNumber", "phone");

    private final Map<String, String> values;
    private final List<FormError> errors = new ArrayList<>();
    private final Integer age;
    private final LocalDate startDate;

    private CaseForm(Map<String, String> values) {
        this.values = values;
        this.age = readAge();
        this.startDate = readStartDate();
    }

    static CaseForm of(Map<String, String> posted) {
        Map<String, String> values = new LinkedHashMap<>();
        posted.forEach((name, value) -> {
            if (!"_csrf".equals(name) && value != null && !value.isBlank()) {
                values.put(name, value.strip());
            }
        });
        return new CaseForm(values);
    }

    /** What was typed, by input name, to fill the form again (the CSRF token is the session's, not the form's). */
    Map<String, String> values() {
        return values;
    }

    @Nullable
    String value(String name) {
        return values.get(name);
    }

    /** What the form itself cannot send as typed (not a number, not a date), before the use case is asked. */
    List<FormError> errors() {
        return errors;
    }

    @Nullable
    Integer age() {
        return age;
    }

    @Nullable
    LocalDate startDate() {
        return startDate;
    }

    @Nullable
    private Integer readAge() {
        String age = values.get("age");
        if (age == null) {
            return null;
        }
        try {
            return Integer.valueOf(age);
        } catch (NumberFormatException notANumber) {
            errors.add(new FormError("age", "Ange åldern i hela år, med siffror."));
            return null;
        }
    }

    @Nullable
    private LocalDate readStartDate() {
        String date = values.get("startDate");
        if (date == null) {
            return null;
        }
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException notADate) {
            errors.add(new FormError("startDate", "Ange datumet som ÅÅÅÅ-MM-DD, till exempel 2025-09-01."));
            return null;
        }
    }

    /**
     * The command for the use case. Identity goes in as it was posted, whatever the insats: the intake policies, not
     * the form, refuse it for a record that may hold none (14 kap. 5 § SoL).
     */
    OpenCaseCommand command() {
        return new OpenCaseCommand(values.get("insats"), startDate, age, values.get("legalGender"),
                values.get("gender"), values.get("kommun"), CHECKED.equals(values.get("guardianConsentGiven")) ? true
                : null, null, person(), guardians());
    }

    @Nullable
    private OpenCaseCommand.PersonDetails person() {
        if (PERSON.stream().noneMatch(field -> values.containsKey("person." + field))) {
            return null;
        }
        return new OpenCaseCommand.PersonDetails(values.get("person.identityNumber"), values.get("person.givenName"),
                values.get("person.familyName"), values.get("person.phone"), values.get("person.email"),
                values.get("person.address"));
    }

    @Nullable
    private List<OpenCaseCommand.GuardianDetails> guardians() {
        if (GUARDIAN.stream().noneMatch(field -> values.containsKey("guardians." + field))) {
            return null;
        }
        return List.of(new OpenCaseCommand.GuardianDetails(values.get("guardians.name"),
                values.get("guardians.identityNumber"), values.get("guardians.phone")));
    }
}
