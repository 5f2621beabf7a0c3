package se.jamtland.unit.minimaria;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import se.jamtland.testsupport.Api;

import static org.assertj.core.api.Assertions.assertThat;
import static se.jamtland.unit.minimaria.MiniMariaRequests.aCaseOf;

/** The unit's own insatser from the catalog, another unit's refused; the case list's page limit; an unknown case. */
@MicronautTest(environments = "unit", transactional = false)
class UnitCatalogAndCasesIT extends MiniMariaScenario {

    UnitCatalogAndCasesIT() {
        super("catalog");
    }

    @Test
    void another_units_insats_is_refused_here() {
        Api.Answer answer = api.post("/cases", aCaseOf("cmv-stodsamtal-vald").age(30).toString());

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.text("type")).endsWith("insats-of-another-unit");
    }

    @Test
    void the_unit_lists_its_own_insatser_from_the_catalog() {
        Api.Answer answer = api.get("/insatser?onDate=2025-09-15");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.array()).extracting(insats -> insats.get("id")).containsExactlyInAnyOrder(
                "minimaria-radgivande-samtal", "minimaria-cannabisprogrammet", "minimaria-a-cra",
                "minimaria-aterfallsprevention", "minimaria-fft", "minimaria-spel-till-friheten");
    }

    @Test
    void a_page_larger_than_the_maximum_is_refused() {
        assertThat(api.get("/cases?size=1000").status()).isEqualTo(400);
        assertThat(api.get("/cases?size=100").status()).isEqualTo(200);
    }

    @Test
    void an_unknown_case_is_a_404_problem() {
        Api.Answer answer = api.get("/cases/ZZZZ-ZZZZ");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
    }
}
