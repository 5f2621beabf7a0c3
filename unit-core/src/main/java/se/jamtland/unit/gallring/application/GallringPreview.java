package se.jamtland.unit.gallring.application;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;

/**
 * What the next run will delete, per rule: how many records and the oldest date among them, and how many a hold
 * or the research sample keeps. Counts only: no case code.
 */
@Serdeable
public record GallringPreview(LocalDate runOn, String rulesVersion, List<RulePreview> rules) {

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RulePreview(String ruleId, String rulesVersion, String recordClass, String status, long count,
                              @Nullable LocalDate oldestDate, long held, long keptForResearch) {
    }
}
