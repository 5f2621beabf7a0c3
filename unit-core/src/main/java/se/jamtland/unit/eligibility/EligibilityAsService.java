package se.jamtland.unit.eligibility;

import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.annotation.ClientFilter;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import se.jamtland.access.ServiceTokens;

/**
 * Every call to eligibility-service carries this unit service's own token, so eligibility-service counts the unit
 * against its suite budget, not the public per-address one (issue 9, 5b). See {@link ServiceTokens} for why it is
 * the service's token and not the staff member's.
 */
@ClientFilter(serviceId = Eligibility.SERVICE_ID)
public class EligibilityAsService {

    private final ServiceTokens tokens;

    public EligibilityAsService(ServiceTokens tokens) {
        this.tokens = tokens;
    }

    /** On a blocking thread: the first call of a while may wait for the IdP's token endpoint. */
    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    public void authenticate(MutableHttpRequest<?> request) {
        tokens.current().ifPresent(request::bearerAuth);
    }
}
