package se.jamtland.unit;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import se.jamtland.devstack.ChildService;
import se.jamtland.testsupport.Api;
import se.jamtland.testsupport.ChildServices;
import se.jamtland.unit.testing.UnitServiceTestBase;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The unit calls eligibility-service as itself (issue 9, 5b): with its service token it has a budget of its own
 * beyond the public per-address share, and when eligibility-service refuses it all the same, staff get a 503 that
 * says the check could not be made, never a 429 as if they had flooded.
 */
// Not transactional: the service commits its own transactions, and the tests read them back.
@MicronautTest(environments = "unit", transactional = false)
class EligibilityBudgetIT extends UnitServiceTestBase {

    /**
     * Public: 2 at once, then one every 1000 s. Suite services: 6 at once, then the same; the catalog one more,
     * for the identity guard's read of the catalog's words at the first screening (then hourly).
     */
    private static final String LIMITS = "-Drate-limits.decisions.per-second=0.001 -Drate-limits.decisions.burst=2"
            + " -Drate-limits.catalog.per-second=0.001 -Drate-limits.catalog.burst=2"
            + " -Drate-limits.decisions.suite-per-second=0.001 -Drate-limits.decisions.suite-burst=6"
            + " -Drate-limits.catalog.suite-per-second=0.001 -Drate-limits.catalog.suite-burst=7";

    private ChildService eligibility;

    EligibilityBudgetIT() {
        super("cmv", "unit_core_eligibility_budget");
    }

    @Override
    protected String eligibilityUrl() {
        if (eligibility == null) {
            eligibility = ChildServices.start("eligibility-service", Map.of("JAVA_TOOL_OPTIONS", LIMITS));
        }
        return eligibility.baseUrl();
    }

    @AfterAll
    void stopEligibility() {
        eligibility.close();
    }

    @Test
    void the_unit_has_its_own_budget_beyond_the_public_share_and_a_spent_one_is_a_503_for_staff_never_a_429() {
        long before = db.count("case_file");
        List<Integer> statuses = new ArrayList<>();
        Api.Answer refused = null;
        for (int i = 0; i < 8; i++) {
            Api.Answer answer = api.post("/cases", "{\"insats\":\"cmv-samtal-om-vald\",\"age\":35}");
            statuses.add(answer.status());
            if (answer.status() != 201) {
                refused = answer;
            }
        }

        // Each intake asks twice (the insats, the decision): 6 of each is 6 intakes, 3 times the public share.
        assertThat(statuses).containsExactly(201, 201, 201, 201, 201, 201, 503, 503);
        assertThat(db.count("case_file")).isEqualTo(before + 6);
        assertThat(refused.contentType()).isEqualTo("application/problem+json");
        assertThat(refused.text("title")).isEqualTo("Villkorsprövningen är inte tillgänglig");
        assertThat(refused.text("detail")).contains("kan inte prövas just nu");
    }
}
