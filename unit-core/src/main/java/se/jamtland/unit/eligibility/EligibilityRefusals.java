package se.jamtland.unit.eligibility;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import se.jamtland.problem.Problem;
import se.jamtland.problem.ProblemException;

import java.util.List;
import java.util.Objects;

/**
 * What staff are told when eligibility-service refuses a question built from what they sent. Every 4xx it can
 * give becomes a 4xx naming the field of the unit's own request (the date is {@code startDate} on a case,
 * {@code date} on a contact, {@code onDate} on {@code GET /insatser}); nothing the caller sent is repeated, so
 * eligibility-service's own detail is only passed on where it is the catalog's text. A refusal that is not about
 * the question (429, 401, 403, 5xx) is not the staff member's doing: that is {@link #unavailable}, a 503.
 */
final class EligibilityRefusals {

    /** What the unit asked: the answer's meaning depends on it (a 404 on the catalog is "no catalog that day"). */
    enum Asked { CATALOG, INSATS, DECISION }

    private static final String TYPE = "urn:jamtland:lansverksamheter:problem:";
    private static final String INSATS_FIELD = "insats";

    private EligibilityRefusals() {
    }

    /** eligibility-service's problem as far as the unit reads it; what it adds later is ignored. */
    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = true)
    record UpstreamProblem(@Nullable String type, @Nullable String title, @Nullable String detail,
                           @Nullable List<UpstreamField> errors) {

        boolean is(String slug) {
            return type != null && type.endsWith(":" + slug);
        }
    }

    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = true)
    record UpstreamField(@Nullable String pointer, @Nullable String detail) {
    }

    /** True when the refusal is about the service or the unit's standing with it, not about the question. */
    static boolean notAboutTheQuestion(int status) {
        return status == 401 || status == 403 || status == 429 || status >= 500;
    }

    static ProblemException toStaff(Asked asked, int status, @Nullable UpstreamProblem problem, String dateField) {
        if ((problem != null && problem.is("no-catalog-in-force")) || (asked == Asked.CATALOG && status == 404)) {
            return ProblemException.unprocessable("no-catalog-in-force", "Ingen katalog gäller för datumet",
                    "Det finns ingen Bilaga 1 som gäller på det datumet: insatserna utan individuell behovsprövning "
                            + "finns från den första Bilagans giltighetsdag. Välj ett senare datum; GET /insatser "
                            + "visar katalogen som gäller idag.", dateField);
        }
        if (status == 404) {
            // An unknown id, or one that is not a path segment at all (eligibility-service has no such route).
            return ProblemException.unprocessable("unknown-insats", "Okänd insats",
                    "Katalogen som gäller på datumet har ingen insats med det id:t. GET /insatser listar enhetens "
                            + "insatser.", INSATS_FIELD);
        }
        List<Problem.FieldProblem> fields = problem == null || problem.errors() == null ? List.of()
                : problem.errors().stream().map(field -> asOurs(field, dateField)).filter(Objects::nonNull).toList();
        if ((status == 400 || status == 422) && !fields.isEmpty()) {
            // A missing villkor input or a value out of range: eligibility-service names age, legalGender or
            // insats, which the unit's requests call the same, and onDate, which they call dateField.
            return new ProblemException(new Problem(TYPE + slugOf(problem, status), titleOf(problem, status), status,
                    problem.detail() != null ? problem.detail() : "Villkoren kunde inte prövas med de uppgifterna.",
                    null, fields));
        }
        return ProblemException.unprocessable("eligibility-refused", "Villkorsprövningen avvisade frågan",
                "Villkoren kunde inte prövas med de uppgifterna. Kontrollera insatsen, datumet, åldern och det "
                        + "juridiska könet.", INSATS_FIELD, dateField);
    }

    static ProblemException unavailable() {
        return new ProblemException(new Problem(TYPE + "eligibility-unavailable",
                "Villkorsprövningen är inte tillgänglig", 503,
                "Villkoren kan inte prövas just nu, så inget nytt ärende eller ny kontakt kan registreras. "
                        + "Befintliga ärenden kan läsas och sessioner registreras som vanligt. Försök igen om en stund.",
                null, null));
    }

    @Nullable
    private static Problem.FieldProblem asOurs(UpstreamField field, String dateField) {
        if (field.pointer() == null) {
            return null;
        }
        String detail = field.detail() != null ? field.detail() : "Värdet kan inte användas för villkorsprövningen.";
        return switch (field.pointer()) {
            case "#/onDate" -> Problem.FieldProblem.field(dateField, detail);
            case "#/insats", "#/age", "#/legalGender" -> new Problem.FieldProblem(field.pointer(), detail);
            // A field staff never sent (the unit built it): name none rather than one they cannot find.
            default -> new Problem.FieldProblem("#", detail);
        };
    }

    private static String slugOf(UpstreamProblem problem, int status) {
        if (problem.type() != null && problem.type().startsWith(TYPE)) {
            return problem.type().substring(TYPE.length());
        }
        return status == 400 ? "invalid-field" : "unprocessable";
    }

    private static String titleOf(UpstreamProblem problem, int status) {
        if (problem.title() != null && !problem.title().isBlank()) {
            return problem.title();
        }
        return status == 400 ? "Ogiltigt värde" : "Begäran kan inte behandlas";
    }
}
