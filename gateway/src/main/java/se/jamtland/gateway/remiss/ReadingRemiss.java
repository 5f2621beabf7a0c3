package se.jamtland.gateway.remiss;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import se.jamtland.problem.ProblemException;

import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * Reads a remiss from the bytes as they came, so that exactly those bytes go on to the unit (its idempotency
 * compares what the case system sent, not the gateway's rendering of it): with the same strict JSON and the same
 * checks as a typed body (the service's JsonMapper and Validator), the shape's failures answered by problem-json.
 */
@Singleton
public class ReadingRemiss {

    private final JsonMapper json;
    private final Validator validator;

    public ReadingRemiss(JsonMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    public RemissRequest read(byte[] body) {
        RemissRequest remiss;
        try {
            remiss = json.readValue(body, RemissRequest.class);
        } catch (IOException | RuntimeException e) {
            // Never the parser's message: it can quote what was sent.
            throw unreadable();
        }
        if (remiss == null) {
            throw unreadable();
        }
        Set<ConstraintViolation<RemissRequest>> violations = validator.validate(remiss);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return remiss;
    }

    private static ProblemException unreadable() {
        return ProblemException.badRequest("bad-request", "Ogiltig begäran", "Begäran kunde inte läsas. Kontrollera "
                + "JSON-formatet, fältnamnen och värdena.", List.of());
    }
}
