package se.jamtland.problem;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns every error the framework answers by itself (no route, wrong method, unreadable JSON, failed
 * validation, an unexpected exception) into problem+json with a Swedish title. Framework messages are never
 * passed on: they can quote the value that was sent ("Failed to convert argument [age] for value [...]") or
 * show internals. Only the field's name is kept.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
public class ProblemErrorResponseProcessor implements ErrorResponseProcessor<Problem> {

    private static final Map<Integer, String[]> TEXTS = Map.ofEntries(
            Map.entry(400, new String[] {"bad-request", "Ogiltig begäran",
                    "Begäran kunde inte läsas. Kontrollera JSON-formatet, fältnamnen och värdena."}),
            Map.entry(401, new String[] {"unauthorized", "Inloggning krävs", "Begäran saknar giltig inloggning."}),
            Map.entry(403, new String[] {"forbidden", "Åtkomst nekad", "Du har inte behörighet till detta."}),
            Map.entry(404, new String[] {"not-found", "Hittades inte", "Det finns ingen resurs på den adressen."}),
            Map.entry(405, new String[] {"method-not-allowed", "Metoden stöds inte",
                    "Adressen finns men tar inte emot den HTTP-metoden."}),
            Map.entry(406, new String[] {"not-acceptable", "Svarsformatet stöds inte",
                    "Tjänsten svarar med application/json."}),
            Map.entry(413, new String[] {"payload-too-large", "För stor begäran", "Begärans innehåll är för stort."}),
            Map.entry(415, new String[] {"unsupported-media-type", "Innehållstypen stöds inte",
                    "Skicka innehållet som application/json."}),
            Map.entry(422, new String[] {"unprocessable", "Begäran kan inte behandlas",
                    "Begäran är korrekt formulerad men kan inte behandlas."}),
            Map.entry(429, new String[] {"too-many-requests", "För många förfrågningar",
                    "Vänta en stund och försök igen."}),
            Map.entry(503, new String[] {"unavailable", "Tjänsten är inte tillgänglig", "Försök igen om en stund."}));

    /** Names of our controllers' @Body parameters: an error "in the body" names no field the caller knows. */
    private static final Set<String> BODY_ARGUMENT_NAMES = Set.of("command", "body");

    private static final String[] INTERNAL = {"internal-error", "Internt fel",
            "Ett oväntat fel inträffade. Felet är loggat; försök igen eller kontakta förvaltningen."};

    @Override
    public MutableHttpResponse<Problem> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        HttpStatus status = response.getStatus();
        String[] texts = TEXTS.getOrDefault(status.getCode(), INTERNAL);
        List<Problem.FieldProblem> errors = status.getCode() == 400 ? fieldsNamedIn(context) : List.of();
        Problem problem = new Problem(Problem.TYPE_PREFIX + texts[0], texts[1], status.getCode(), texts[2],
                ProblemInstance.of(context.getRequest(), status.getCode()), errors);
        return response.contentType(Problem.MEDIA_TYPE).body(problem);
    }

    private static List<Problem.FieldProblem> fieldsNamedIn(ErrorContext context) {
        Optional<Problem.FieldProblem> bodyField = context.getRootCause().flatMap(UnreadableBodyFields::find);
        if (bodyField.isPresent()) {
            return List.of(bodyField.get());
        }
        return context.getErrors().stream()
                .flatMap(error -> error.getPath().stream())
                .map(ProblemErrorResponseProcessor::lastSegment)
                .filter(name -> !name.isBlank() && !BODY_ARGUMENT_NAMES.contains(name))
                .distinct()
                .map(name -> Problem.FieldProblem.field(name, "Värdet har fel format eller är inte tillåtet."))
                .toList();
    }

    /** "/onDate" or "decide.command.age" name the field last; the method and argument names are ours. */
    private static String lastSegment(String path) {
        return path.substring(Math.max(path.lastIndexOf('.'), path.lastIndexOf('/')) + 1);
    }
}
