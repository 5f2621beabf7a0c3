package se.jamtland.unit.identity;

import io.micronaut.serde.ObjectMapper;
import org.junit.jupiter.api.Test;
import se.jamtland.problem.Problem;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The problem+json a refusal becomes: field, kind and ranges for a form to mark, nothing of the text; and other
 * field problems keep their two members only. A problem read back (as Eligibility passes eligibility-service's
 * problems on) keeps the marks.
 */
class IdentityProblemShapeTest {

    private final ObjectMapper json = ObjectMapper.getDefault();

    @Test
    void a_marked_field_problem_carries_kind_and_ranges_and_a_plain_one_neither() throws IOException {
        Problem problem = new Problem("urn:jamtland:lansverksamheter:problem:identity-data-not-allowed",
                "Uppgifter som kan röja identitet", 422, "Inget har sparats.", null, List.of(
                Problem.FieldProblem.marked("text", "Innehåller namn.", "PERSONAL_NAME",
                        List.of(new Problem.TextRange(15, 21), new Problem.TextRange(44, 49))),
                Problem.FieldProblem.field("date", "Ange datum.")));

        String written = json.writeValueAsString(problem);

        assertThat(written).contains("{\"pointer\":\"#/text\",\"detail\":\"Innehåller namn.\",\"kind\":\"PERSONAL_NAME\","
                        + "\"ranges\":[{\"start\":15,\"end\":21},{\"start\":44,\"end\":49}]}")
                .contains("{\"pointer\":\"#/date\",\"detail\":\"Ange datum.\"}");
        assertThat(json.readValue(written, Problem.class)).isEqualTo(problem);
    }
}
