package se.jamtland.barnahus.krissamtal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import se.jamtland.unit.advisory.RecordAdvisoryContactCommand;
import se.jamtland.unit.vocabulary.AskedBy;
import se.jamtland.events.Channel;
import se.jamtland.unit.vocabulary.TopicCode;
import se.jamtland.events.Vocabulary;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A krissamtal on the day of a barnförhör: who took part as categories, never names. */
@Serdeable
public record RecordKrissamtalCommand(
        @Nullable LocalDate date,
        @NotNull(message = "Ange datum för barnförhöret.") LocalDate interviewDate,
        @NotEmpty(message = "Ange vilka som deltog: CHILD, GUARDIAN, OTHER_CAREGIVER.")
        Set<@NotNull(message = "CHILD, GUARDIAN eller OTHER_CAREGIVER, inte null.") Participant> participants,
        @Nullable @Min(value = 0, message = "Ålder kan inte vara negativ.")
        @Max(value = 130, message = "Ålder måste vara högst 130 år.") Integer age,
        @Nullable @Pattern(regexp = Vocabulary.AGE_BAND_PATTERN, message = "En åldersgrupp ur vokabulären.")
        String ageBand,
        @Nullable @Pattern(regexp = Vocabulary.GENDER_PATTERN, message = "female, male, other eller unknown.")
        String gender,
        @Nullable @Pattern(regexp = Vocabulary.KOMMUN_PATTERN, message = "En kommunkod i länet, other eller unknown.")
        String kommun,
        @Nullable @Min(value = 1, message = "Minst 1 minut.") @Max(value = 600, message = "Högst 600 minuter.")
        Integer durationMinutes) {

    /**
     * Held on site at the Barnahus; the child is the one the conversation is about. A guardian taking part is
     * the guardian's consent for a child under 15; without one, eligibility decides whether consent was needed.
     * No visitor code: a krissamtal belongs to one barnförhör, whose date already ties a child's talks together,
     * and a child in crisis after a police interview is not asked to make up and remember a code.
     */
    RecordAdvisoryContactCommand asAdvisoryContact() {
        return new RecordAdvisoryContactCommand("barnahus-krissamtal", date, Channel.VISIT,
                participants.contains(Participant.CHILD) ? AskedBy.SELF : AskedBy.RELATIVE, age, null, ageBand,
                gender, kommun, List.of(TopicCode.BARNFORHOR), durationMinutes, participants.size(),
                participants.contains(Participant.GUARDIAN), null);
    }
}
