package se.jamtland.eligibility.decision;

import se.jamtland.eligibility.catalog.Condition;
import se.jamtland.eligibility.catalog.ConditionType;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Every villkor policy, in one place. Only villkor can refer a person to a needs assessment; the target group
 * has no policy here on purpose (Bilaga 1, avsnitt 1: "Hjälpsökanden kan inte nekas ... med hänvisning till att
 * de inte ingår i målgruppen").
 */
public final class ConditionPolicies {

    private final Map<ConditionType, ConditionPolicy> byType = new EnumMap<>(ConditionType.class);

    private ConditionPolicies(List<ConditionPolicy> policies) {
        policies.forEach(policy -> byType.put(policy.decides(), policy));
        for (ConditionType type : ConditionType.values()) {
            if (!byType.containsKey(type)) {
                throw new IllegalStateException("No policy decides villkor " + type);
            }
        }
    }

    public static ConditionPolicies allCurrentPolicies() {
        return new ConditionPolicies(List.of(new MinimumAgePolicy(), new LegalGenderPolicy()));
    }

    public Verdict check(Condition condition, Applicant applicant) {
        return byType.get(condition.condition()).check(condition, applicant);
    }
}
