package se.jamtland.unit.eligibility;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.jamtland.problem.Problem;
import se.jamtland.problem.ProblemException;
import se.jamtland.unit.UnitIdentity;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/**
 * The unit's door to eligibility-service. Fails closed: if the service cannot answer, no intake goes ahead
 * (a villkor cannot be skipped), and the caller gets a 503 problem that says so. A problem eligibility-service
 * answered with (missing input, unknown insats) is passed on as it is: it never holds personal data.
 */
@Singleton
public class Eligibility {

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
    public CatalogInsats insatsOfThisUnit(String insats, LocalDate onDate) {
        CatalogInsats found = call(() -> client.insats(insats, onDate));
        if (!found.unit().equals(unit.id())) {
            throw ProblemException.unprocessable("insats-of-another-unit", "Insatsen hör till en annan enhet",
                    "Insatsen ges av en annan länsverksamhet och kan inte registreras här.", "insats");
        }
        return found;
    }

    public EligibilityAnswer check(EligibilityQuestion question) {
        return call(() -> client.check(question));
    }

    public String catalogVersionOn(LocalDate onDate) {
        return call(() -> client.catalog(onDate)).version();
    }

    public List<CatalogInsats> insatserOfThisUnit(LocalDate onDate) {
        return call(() -> client.catalog(onDate)).insatser().stream()
                .filter(insats -> insats.unit().equals(unit.id()))
                .toList();
    }

    private <T> T call(Supplier<T> request) {
        try {
            return request.get();
        } catch (HttpClientResponseException answered) {
            if (answered.getStatus().getCode() >= 500) {
                throw unavailable(answered);
            }
            throw new ProblemException(passedOn(answered));
        } catch (RuntimeException failed) {
            throw unavailable(failed);
        }
    }

    private Problem passedOn(HttpClientResponseException answered) {
        try {
            String body = answered.getResponse().getBody(String.class).orElse("");
            Problem problem = json.readValue(body, Problem.class);
            if (problem != null && problem.status() == answered.getStatus().getCode()) {
                return problem;
            }
        } catch (IOException | RuntimeException unreadable) {
            // Falls through to a generic problem with the same status.
        }
        return new Problem("urn:jamtland:lansverksamheter:problem:eligibility-refused", "Villkorsprövningen avvisade frågan",
                answered.getStatus().getCode(), "Villkorsprövningen kunde inte besvara frågan.", null, null);
    }

    private static ProblemException unavailable(Exception cause) {
        // The exception's type is enough to diagnose; its message could quote a URL with query values.
        LOG.warn("eligibility-service unavailable: {}", cause.getClass().getSimpleName());
        return new ProblemException(new Problem("urn:jamtland:lansverksamheter:problem:eligibility-unavailable",
                "Villkorsprövningen är inte tillgänglig", HttpStatus.SERVICE_UNAVAILABLE.getCode(),
                "Villkoren kan inte prövas just nu, så inget nytt ärende eller ny kontakt kan registreras. "
                        + "Befintliga ärenden kan läsas och sessioner registreras som vanligt. Försök igen om en stund.",
                null, null));
    }
}
