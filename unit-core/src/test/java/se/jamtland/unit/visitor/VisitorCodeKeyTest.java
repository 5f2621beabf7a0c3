package se.jamtland.unit.visitor;

import org.junit.jupiter.api.Test;
import se.jamtland.events.Channel;
import se.jamtland.problem.ProblemException;
import se.jamtland.testinfra.Canaries;
import se.jamtland.unit.advisory.RecordAdvisoryContactCommand;
import se.jamtland.unit.vocabulary.AskedBy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VisitorCodeKeyTest {

    private static final String KEY = "a-key-for-this-test-only-of-32-bytes-or-more";
    private static final String INSATS = "minimaria-radgivande-samtal";

    private final VisitorCodeKey key = new VisitorCodeKey(KEY);

    @Test
    void the_same_code_said_in_another_case_or_with_other_spaces_and_hyphens_is_the_same_visitor() {
        VisitorPseudonym visitor = key.pseudonymOf(INSATS, Canaries.VISITOR_CODE);

        assertThat(key.pseudonymOf(INSATS, "BLÅBÄR KANARIEKOD-77")).isEqualTo(visitor);
        // "å" as "a" plus a combining ring, as some keyboards send it: the command composes it first.
        assertThat(key.pseudonymOf(INSATS, VisitorCode.composed("bla\u030Abär kanariekod 77"))).isEqualTo(visitor);
        assertThat(key.pseudonymOf(INSATS, "blåbär kanariekod 78")).isNotEqualTo(visitor);
        assertThat(visitor.hash()).hasSize(32);
    }

    @Test
    void one_visitor_in_two_insatser_or_under_another_units_key_cannot_be_linked() {
        VisitorPseudonym visitor = key.pseudonymOf(INSATS, Canaries.VISITOR_CODE);

        assertThat(key.pseudonymOf("minimaria-spel-till-friheten", Canaries.VISITOR_CODE).hash())
                .isNotEqualTo(visitor.hash());
        assertThat(new VisitorCodeKey(KEY.replace('a', 'b')).pseudonymOf(INSATS, Canaries.VISITOR_CODE).hash())
                .isNotEqualTo(visitor.hash());
    }

    @Test
    void a_unit_without_a_key_refuses_a_code_with_a_503_problem_that_names_no_value() {
        VisitorCodeKey none = new VisitorCodeKey("");

        assertThatThrownBy(() -> none.pseudonymOf(INSATS, Canaries.VISITOR_CODE))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.problem().status()).isEqualTo(503);
                    assertThat(problem.problem().title()).isEqualTo("Besökskoder kan inte tas emot");
                    assertThat(problem.problem().toString()).doesNotContain("kanariekod");
                });
    }

    @Test
    void a_key_shorter_than_the_hash_stops_the_service_without_saying_the_key() {
        assertThatThrownBy(() -> new VisitorCodeKey("short-secret"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("32 bytes")
                .hasMessageNotContaining("short-secret");
    }

    @Test
    void neither_the_command_nor_the_pseudonym_shows_the_code_as_text() {
        RecordAdvisoryContactCommand command = new RecordAdvisoryContactCommand(INSATS, null, Channel.CHAT,
                AskedBy.SELF, null, null, null, null, null, null, null, null, null, Canaries.VISITOR_CODE);

        assertThat(command.toString()).doesNotContain("kanariekod").contains("visitorCode=(dold)");
        assertThat(key.pseudonymOf(INSATS, command.visitorCode()).toString()).isEqualTo("VisitorPseudonym[" + INSATS + "]");
    }
}
