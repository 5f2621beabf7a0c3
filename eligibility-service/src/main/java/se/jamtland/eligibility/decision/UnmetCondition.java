package se.jamtland.eligibility.decision;

import io.micronaut.serde.annotation.Serdeable;
import se.jamtland.eligibility.catalog.ConditionType;

@Serdeable
public record UnmetCondition(ConditionType condition, String description) {
}
