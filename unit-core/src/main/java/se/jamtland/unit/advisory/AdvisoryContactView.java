package se.jamtland.unit.advisory;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import se.jamtland.unit.vocabulary.AskedBy;
import se.jamtland.events.Channel;
import se.jamtland.unit.vocabulary.TopicCode;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * A contact as staff read it back; {@code firstVisit} only when a visitor code was given, never the code.
 * {@code topicCodes} is always there (empty when none was given), as the document says it is required.
 */
@Serdeable
public record AdvisoryContactView(
        long id,
        String insats,
        LocalDate date,
        Channel channel,
        AskedBy askedBy,
        String ageBand,
        String gender,
        String kommun,
        @JsonInclude(JsonInclude.Include.ALWAYS) List<TopicCode> topicCodes,
        @Nullable Integer durationMinutes,
        @Nullable Integer participantCount,
        String catalogVersion,
        @Nullable Boolean firstVisit) {

    public static AdvisoryContactView of(AdvisoryContactRow row) {
        List<TopicCode> topics = row.topicCodes().isEmpty() ? List.of()
                : Arrays.stream(row.topicCodes().split(",")).map(TopicCode::valueOf).toList();
        return new AdvisoryContactView(row.id(), row.insats(), row.contactDate(), row.channel(), row.askedBy(),
                row.ageBand(), row.gender(), row.kommun(), topics, row.durationMinutes(), row.participantCount(),
                row.catalogVersion(), row.firstVisit());
    }
}
