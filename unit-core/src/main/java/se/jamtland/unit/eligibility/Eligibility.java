package se.jamtland.unit.eligibility;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.jamtland.problem.ProblemException;
import se.jamtland.unit.UnitIdentity;
import se.jamtland.unit.eligibility.EligibilityRefusals.Asked;
import se.jamtland.unit.eligibility.EligibilityRefusals.UpstreamProblem;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/**
 * The unit's door to eligibility-service. Fails closed: if the service cannot answer (down, overloaded, refusing
 * the unit), no intake goes ahead (a villkor cannot be skipped), and the caller gets a 503 problem that says so,
 * never the upstream 429 as if they had flooded (issue 9, 5b). A refusal of the question itself (no catalog on
 * the date, unknown insats, a missing villkor input) is a 4xx naming the field of the caller's own request:
 * {@code dateField} is what that request calls the date ({@code startDate}, {@code date}, {@code onDate}).
 */
@Singleton
public class Eligibility {

    /** The HTTP client id: its URL and timeouts are {@code micronaut.http.services.eligibility}. */
    public static final String SERVICE_ID = "eligibility";

    private static final Logger LOG = LoggerFactory.getLogger(Eligibility.class);

    private final EligibilityClient client;
    private final UnitIdentity unit;
    private final JsonMapper json;

    public Eligibility(EligibilityClient client, UnitIdentity unit, JsonMapper json) {
        this.client = client;
        this.unit = unit;
        this.json = json;
    }

    /** The insats as the catalog in force on the date has it, refused unless it is this unit's. */
    public CatalogInsats insatsOfThisUnit(String insats, LocalDate onDate, String dateField) {
        CatalogInsats found = call(Asked.INSATS, dateField, () -> client.insats(insats, onDate));
        if (!found.unit().equals(unit.id())) {
            throw ProblemException.unprocessable("insats-of-another-unit", "Insatsen hör till en annan enhet",
                    "Insatsen ges av en annan länsverksamhet och kan inte registreras här.", "insats");
        }
        return found;
    }

    public EligibilityAnswer check(EligibilityQuestion question, String dateField) {
        return call(Asked.DECISION, dateField, () -> client.check(question));
    }

    public String catalogVersionOn(LocalDate onDate, String dateField) {
        return call(Asked.CATALOG, dateField, () -> client.catalog(onDate)).version();
    }

    public List<CatalogInsats> insatserOfThisUnit(LocalDate onDate, String dateField) {
        return call(Asked.CATALOG, dateField, () -> client.catalog(onDate)).insatser().stream()
                .filter(insats -> insats.unit().equals(unit.id()))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private <T> T call(Asked asked, String dateField, Supplier<HttpResponse<T>> request) {
        HttpResponse<T> response;
        try {
            response = request.get();
        } catch (HttpClientResponseException answered) {
            response = (HttpResponse<T>) answered.getResponse();
        } catch (RuntimeException failed) {
            throw unavailable(failed.getClass().getSimpleName());
        }
        int status = response.code();
        if (status >= 200 && status < 300 && response.getBody().isPresent()) {
            return response.body();
        }
        if (status < 400 || EligibilityRefusals.notAboutTheQuestion(status)) {
            throw unavailable("HTTP " + status);
        }
        throw EligibilityRefusals.toStaff(asked, status, problemIn(response), dateField);
    }

    private UpstreamProblem problemIn(HttpResponse<?> response) {
        try {
            String body = response.getBody(String.class).orElse("");
            return body.isBlank() ? null : json.readValue(body, UpstreamProblem.class);
        } catch (IOException | RuntimeException unreadable) {
            // Read by status alone.
            return null;
        }
    }

    private static ProblemException unavailable(String why) {
        // The status or the exception's type is enough to diagnose; a message could quote a URL with query values.
        LOG.warn("eligibility-service could not answer: {}", why);
        return EligibilityRefusals.unavailable();
    }
}
