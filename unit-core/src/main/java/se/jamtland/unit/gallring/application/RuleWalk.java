package se.jamtland.unit.gallring.application;

import se.jamtland.unit.gallring.infrastructure.GallringRecords;
import se.jamtland.unit.gallring.model.Candidate;
import se.jamtland.unit.gallring.model.GallringPolicies;
import se.jamtland.unit.gallring.model.RetentionRule;
import se.jamtland.unit.gallring.model.Verdict;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * A rule's candidates in key order, batch by batch, each with the policies' verdict: the same walk for the run and
 * for the preview, so the preview shows what the run will do.
 */
final class RuleWalk {

    private RuleWalk() {
    }

    /** @return how many candidates got each verdict */
    static Map<Verdict, Integer> walk(GallringRecords records, RetentionRule rule, LocalDate day, int batchSize,
                                      BiConsumer<Candidate, Verdict> each) {
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        String after = "";
        List<Candidate> batch;
        do {
            batch = records.candidates(rule.recordClass(), rule.latestAnchorDueBy(day), after, batchSize);
            for (Candidate candidate : batch) {
                Verdict verdict = GallringPolicies.decide(rule, candidate, day);
                each.accept(candidate, verdict);
                counts.merge(verdict, 1, Integer::sum);
                after = candidate.key();
            }
        } while (batch.size() == batchSize);
        return counts;
    }
}
