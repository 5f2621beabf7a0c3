package se.jamtland.unit.gallring.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Every reason a record stays, in one ordered list; a record none of them keeps is gallrad. */
public final class GallringPolicies {

    /** Its period has not run out under the rule's counting. */
    public static final GallringPolicy NOT_YET_DUE = (rule, candidate, today) ->
            rule.isDue(candidate.anchor(), today) ? Optional.empty() : Optional.of(Verdict.NOT_YET_DUE);

    /** The unit manager has put it on hold (a request for documents, a complaint, IVO's supervision). */
    public static final GallringPolicy UNDER_LEGAL_HOLD = (rule, candidate, today) ->
            candidate.hold().map(reason -> Verdict.HELD);

    /**
     * SoF (2001:937) 7 kap. 2 §: people born on the 5th, 15th and 25th are kept for research. Only a record with
     * an identity number has a birth date; the others are never in the sample.
     */
    public static final GallringPolicy RESEARCH_SAMPLE = (rule, candidate, today) ->
            rule.researchSample().flatMap(sample -> candidate.birthDate()
                    .filter(born -> sample.includesBirthDay(born.getDayOfMonth()))
                    .map(born -> Verdict.RESEARCH_SAMPLE));

    private GallringPolicies() {
    }

    public static List<GallringPolicy> allCurrentPolicies() {
        return List.of(NOT_YET_DUE, UNDER_LEGAL_HOLD, RESEARCH_SAMPLE);
    }

    public static Verdict decide(RetentionRule rule, Candidate candidate, LocalDate today) {
        return allCurrentPolicies().stream()
                .map(policy -> policy.keeps(rule, candidate, today))
                .flatMap(Optional::stream)
                .findFirst()
                .orElse(Verdict.GALLRA);
    }
}
