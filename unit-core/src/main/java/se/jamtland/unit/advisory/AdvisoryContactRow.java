package se.jamtland.unit.advisory;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import se.jamtland.unit.vocabulary.AskedBy;
import se.jamtland.events.Channel;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An advisory contact (14 kap. 4 § SoL): only dates, numbers and codes; nothing about the person. {@code firstVisit}
 * is null when no visitor code was given.
 */
@MappedEntity("advisory_contact")
public record AdvisoryContactRow(
        @Id @GeneratedValue @Nullable Long id,
        String insats,
        LocalDate contactDate,
        Channel channel,
        AskedBy askedBy,
        String ageBand,
        String gender,
        String kommun,
        String topicCodes,
        @Nullable Integer durationMinutes,
        @Nullable Integer participantCount,
        String catalogVersion,
        Instant recordedAt,
        @Nullable Boolean firstVisit) {

    /** Whether it was the visitor's first visit to the insats this year, as the visitor register found. */
    public AdvisoryContactRow withFirstVisit(boolean first) {
        return new AdvisoryContactRow(id, insats, contactDate, channel, askedBy, ageBand, gender, kommun, topicCodes,
                durationMinutes, participantCount, catalogVersion, recordedAt, first);
    }
}
