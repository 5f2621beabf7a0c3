package se.jamtland.eligibility.decision;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import se.jamtland.eligibility.CatalogFixture;
import se.jamtland.eligibility.catalog.ConditionType;
import se.jamtland.eligibility.catalog.LegalGender;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The decision table: every insats on both sides of its limits, consent ages, target groups and dates. */
class EligibilityDecisionTableTest {

    private final DecidingEligibility deciding = CatalogFixture.deciding();

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/decision-table.csv", delimiter = ';')
    void decides_as_the_bilaga_says(String description, LocalDate onDate, String insats, Integer age,
                                    LegalGender legalGender, Outcome outcome, String unmet,
                                    GuardianConsent consent) {
        EligibilityDecision decision = deciding.decide(new EligibilityCheckCommand(insats, age, legalGender, onDate));

        assertThat(decision.outcome()).as(description).isEqualTo(outcome);
        assertThat(decision.unmetConditions()).extracting(UnmetCondition::condition).as(description)
                .containsExactlyElementsOf(unmetConditions(unmet));
        assertThat(decision.guardianConsent()).as(description).isEqualTo(consent);
        assertThat(decision.insats()).isEqualTo(insats);
        assertThat(decision.catalogVersion())
                .isEqualTo(onDate.isBefore(LocalDate.of(2026, 1, 1)) ? "2025-07-01" : "2026-01-01");
        assertThat(decision.unmetConditions()).allSatisfy(condition ->
                assertThat(condition.description()).as("Swedish text from the Bilaga").isNotBlank());
    }

    private static List<ConditionType> unmetConditions(String column) {
        return column == null ? List.of() : Arrays.stream(column.split("\\|")).map(ConditionType::valueOf).toList();
    }
}
