package se.jamtland.unit.advisory;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import se.jamtland.unit.vocabulary.AskedBy;
import se.jamtland.events.Channel;

import java.time.Instant;
import java.time.LocalDate;

/** An advisory contact (14 kap. 4 § SoL): only dates, numbers and codes; nothing about the person. */
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
        Instant recordedAt) {
}
